// "Open the Sample Seeds": the samples shipped with the extension, copied where annotating them is safe (never
// written inside the extension's own folder).
import * as vscode from 'vscode';

const SAMPLES = ['000_ada6b8799641a7d2.txt', '001_dc080621945f1249.txt', 'bundle-tail.txt'];

export async function openSamples(extensionUri: vscode.Uri, storageUri: vscode.Uri): Promise<vscode.Uri | undefined> {
  const from = vscode.Uri.joinPath(extensionUri, 'samples');
  const folder = vscode.workspace.workspaceFolders?.[0];
  let target: vscode.Uri;
  if (folder) {
    target = vscode.Uri.joinPath(folder.uri, 'seed-samples');
    const ok = await vscode.window.showInformationMessage(`Copy the sample seeds (${SAMPLES.length} files and their annotations) into ${folder.name}/seed-samples?`, { modal: true }, 'Copy');
    if (ok !== 'Copy') return undefined;
  } else target = vscode.Uri.joinPath(storageUri, 'samples');
  await vscode.workspace.fs.createDirectory(target);
  for (const [name] of await vscode.workspace.fs.readDirectory(from)) {
    const destination = vscode.Uri.joinPath(target, name);
    // Never over an annotator's work: a sample already there is kept as it is.
    const exists = await vscode.workspace.fs.stat(destination).then(() => true, () => false);
    if (!exists) await vscode.workspace.fs.copy(vscode.Uri.joinPath(from, name), destination);
  }
  if (!folder && target.scheme === 'file') {
    await vscode.commands.executeCommand('vscode.openFolder', target);
    return target;
  }
  await vscode.window.showTextDocument(vscode.Uri.joinPath(target, SAMPLES[0]!));
  await vscode.commands.executeCommand('seedAnnotator.documents.focus');
  return target;
}
