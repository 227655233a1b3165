// The settings' part of a document's configuration, in the engine's layer shape.
import type { ConfigLayer, RuleSetting } from '../engine/config';
import type { ServerSettings } from './settings';

/** `resumeStudio.rules.<id>` and the words setting -> a layer for mergeConfig (junk values are dropped there). */
export function settingsLayer(settings: ServerSettings): ConfigLayer {
  return { rules: settings.rules as Record<string, RuleSetting>, words: settings.words };
}
