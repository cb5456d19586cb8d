import { useEffect, useRef } from 'react';
import { setHelpOpen } from '../../state/actions/view.ts';
import { useAppStore } from '../../state/store.ts';
import { shortcutGroups } from '../keyboard/shortcuts.ts';
import { TEST_IDS } from '../testIds.ts';
import './HelpDialog.css';

/** Modal list of keyboard shortcuts (native <dialog>: focus trap and Escape for free). */
export function HelpDialog() {
  const open = useAppStore((s) => s.view.helpOpen);
  const ref = useRef<HTMLDialogElement>(null);

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
  }, [open]);

  return (
    <dialog
      ref={ref}
      className="help-dialog"
      aria-labelledby="help-title"
      data-testid={TEST_IDS.helpDialog}
      onClose={() => setHelpOpen(false)}
      onClick={(event) => { if (event.target === ref.current) setHelpOpen(false); }}
    >
      <div className="help-content">
        <header className="help-header">
          <h2 id="help-title">Keyboard shortcuts</h2>
          <button type="button" className="text-button" onClick={() => setHelpOpen(false)} autoFocus>Close</button>
        </header>
        {shortcutGroups().map((group) => (
          <section key={group.title} aria-label={group.title}>
            <h3>{group.title}</h3>
            <table className="shortcut-table">
              <tbody>
                {group.shortcuts.map((shortcut) => (
                  <tr key={shortcut.keys}>
                    <th scope="row"><kbd>{shortcut.keys}</kbd></th>
                    <td>{shortcut.description}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </section>
        ))}
      </div>
    </dialog>
  );
}
