/** The page of the extension's webviews: a strict Content-Security-Policy (nothing from the network; one script and one stylesheet from `dist/`, by nonce). */
import { randomBytes } from 'node:crypto';
import { Uri, Webview } from 'vscode';

/** The page that loads `dist/<name>.js` and `dist/<name>.css`. */
export function webviewPage(webview: Webview, extensionUri: Uri, name: string): string {
  const nonce = randomBytes(16).toString('base64url');
  const script = webview.asWebviewUri(Uri.joinPath(extensionUri, 'dist', `${name}.js`));
  const style = webview.asWebviewUri(Uri.joinPath(extensionUri, 'dist', `${name}.css`));
  const policy = `default-src 'none'; style-src ${webview.cspSource} 'nonce-${nonce}'; script-src 'nonce-${nonce}'; img-src ${webview.cspSource}; font-src ${webview.cspSource};`;
  return `<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="${policy}">`
    + `<meta name="viewport" content="width=device-width, initial-scale=1"><link rel="stylesheet" nonce="${nonce}" href="${style}"></head>`
    + `<body><script nonce="${nonce}" src="${script}"></script></body></html>`;
}
