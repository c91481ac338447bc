import { type ClaimModel, claimModelSettings, openAIClaimModel } from "../knowledge/extract/model.js";

let configured: Promise<ClaimModel | null> | undefined;

/** The claim-proposing model EXTRACT_BASE_URL / EXTRACT_MODEL name, built once; null by default. */
export function configuredClaimModel(env: NodeJS.ProcessEnv = process.env): Promise<ClaimModel | null> {
  configured ??= (async () => {
    const settings = claimModelSettings(env);
    return settings ? openAIClaimModel(settings) : null;
  })();
  return configured;
}
