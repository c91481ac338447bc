import { type ClaimModel, type ClaimModelSettings, openAIClaimModel } from "../knowledge/extract/model.js";

const built = new WeakMap<ClaimModelSettings, Promise<ClaimModel | null>>();

/**
 * The claim-proposing model the validated settings name (BotConfig.models.claims, from
 * EXTRACT_BASE_URL / EXTRACT_MODEL), built once per settings; null by default.
 */
export function configuredClaimModel(settings: ClaimModelSettings | null): Promise<ClaimModel | null> {
  if (!settings) return Promise.resolve(null);
  let model = built.get(settings);
  if (!model) {
    model = openAIClaimModel(settings);
    built.set(settings, model);
  }
  return model;
}
