// Which links from the preview may open outside VS Code: pure so it is unit-tested.

/** Schemes a preview link may open, outside VS Code. */
export function isOpenableLink(href: string): boolean {
  return /^(https?:\/\/|mailto:)/i.test(href.trim()) && !/[\u0000-\u001f\u007f]/.test(href);
}
