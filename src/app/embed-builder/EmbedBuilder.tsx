import { useState } from 'react';
import { embedPath, embedSnippet, portalScriptUrl } from '../../features/embed/snippet';
import { BuilderForm } from './BuilderForm';
import { type BuilderState, builderOptions, INITIAL_BUILDER_STATE } from './builder-state';
import { PreviewFrame } from './PreviewFrame';
import { SnippetBox } from './SnippetBox';
// Only this lazy route loads it: the builder's layout reaches no other page's first load.
import './embed-builder.css';
import { withBase } from '../../shared/urls/with-base';

/**
 * `/embed`: a ward's webmaster picks a widget and its options, sees it live (an iframe of the
 * real widget, sized by the same `portal:resize` protocol as embed.js) and copies the one tag.
 * Three panels in reading order — options, preview, code; side by side from 900 px.
 */
export function EmbedBuilder() {
  const [state, setState] = useState<BuilderState>(INITIAL_BUILDER_STATE);
  const options = builderOptions(state);
  return (
    <div className="embed-builder">
      <section className="embed-builder__panel embed-builder__options">
        <h2 className="embed-builder__title">Tùy chọn</h2>
        <BuilderForm
          state={state}
          onChange={(patch) => setState((current) => ({ ...current, ...patch }))}
        />
      </section>
      <PreviewFrame widget={state.widget} src={withBase(embedPath(options))} />
      <SnippetBox snippet={embedSnippet(options, portalScriptUrl())} />
    </div>
  );
}
