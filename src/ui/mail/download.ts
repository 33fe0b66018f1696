/** Saves generated text as a file: a Blob behind a temporary `<a download>` (no permission needed). */
export type SaveFile = (fileName: string, type: string, text: string) => void;

export const saveFile: SaveFile = (fileName, type, text) => {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.hidden = true;
  document.body.append(a);
  a.click();
  a.remove();
  // Revoking at once can cancel the download in some browsers.
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
};
