/** Every keyboard shortcut, as shown in the help dialog. Handlers live in globalShortcuts.ts. */
export interface ShortcutInfo {
  keys: string;
  description: string;
}

export interface ShortcutGroup {
  title: string;
  shortcuts: ShortcutInfo[];
}

export function isMacPlatform(): boolean {
  return typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform || navigator.userAgent);
}

export function shortcutGroups(mac = isMacPlatform()): ShortcutGroup[] {
  const mod = mac ? '⌘' : 'Ctrl';
  const alt = mac ? '⌥' : 'Alt';
  return [
    {
      title: 'Playground',
      shortcuts: [
        { keys: 'Space', description: 'Play or pause the traffic (outside the editor)' },
        { keys: `${alt}+1`, description: 'Focus the editor' },
        { keys: `${alt}+2`, description: 'Focus the graph' },
        { keys: '?', description: 'Show this help (outside the editor)' },
        { keys: `${mod}+S`, description: 'Copy a link to this scenario (Share)' },
        { keys: '← → Home End', description: 'Move between bottom panel tabs; resize a focused splitter' },
      ],
    },
    {
      title: 'Editor',
      shortcuts: [
        { keys: `${mod}+Space`, description: 'Complete (fields from the schema)' },
        { keys: `${mod}+Z / ${mod}+Shift+Z`, description: 'Undo / redo, including edits made from the graph' },
        { keys: 'F8 / Shift+F8', description: 'Next / previous problem' },
        { keys: `${mod}+F`, description: 'Find' },
        { keys: `${mod}+/`, description: 'Toggle comment' },
        { keys: mac ? '⇧⌥F' : 'Shift+Alt+F', description: 'Format the document' },
        { keys: mac ? '⌃⇧M' : 'Ctrl+M', description: 'Let Tab move focus out of the editor (toggle)' },
      ],
    },
  ];
}
