/** «Name» in guillemets, unless the name already holds its own («ТҰРАН» АЭА): never «««…»». */
export const quoted = (name: string): string => (name.includes("«") ? name : `«${name}»`);
