import { revealInEditor } from '../../state/editorBridge.ts';
import type { CaptionPart } from '../../state/slices/engine.ts';
import { useAppStore } from '../../state/store.ts';
import { TEST_IDS } from '../testIds.ts';
import { YamlErrorBadge } from './YamlErrorBadge.tsx';

function CaptionText({ part }: { part: CaptionPart }) {
  const text = part.code ? <code>{part.text}</code> : part.text;
  if (part.line === undefined) return <>{text}</>;
  const line = part.line;
  return (
    <button type="button" className="tg-caption-link" onClick={() => revealInEditor(line)} title={`Show line ${line} in the editor`}>
      {text}
    </button>
  );
}

/** The sentence over the graph saying what the traffic does and why, with links into the YAML. */
export function GraphCaption() {
  const caption = useAppStore((s) => s.engine.caption);
  const yamlError = useAppStore((s) => s.engine.yamlError);
  if (caption.length === 0 && !yamlError) return null;
  return (
    <div className="tg-caption-bar">
      {yamlError && <YamlErrorBadge line={yamlError.line} message={yamlError.message} />}
      <p className="tg-caption" data-testid={TEST_IDS.graphCaption} aria-live="polite" title={caption.map((p) => p.text).join('')}>
        {caption.map((part, i) => <CaptionText key={i} part={part} />)}
      </p>
    </div>
  );
}
