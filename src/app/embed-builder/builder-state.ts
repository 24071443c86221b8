import { LIMIT_DEFAULT, parseLimit } from '../../features/embed/params';
import type { WidgetKind, WidgetOptions } from '../../features/embed/snippet';

export { WIDGET_TITLES as WIDGET_LABELS } from '../../features/embed/snippet';

/** The colour the picker shows while the text field is empty (the portal's own accent). */
export const DEFAULT_COLOR = '#0b5394';

/**
 * What the builder's form holds: the raw field texts, so that a half-typed limit or colour
 * stays in its field; `builderOptions` turns it into the widget's options.
 */
export interface BuilderState {
  widget: WidgetKind;
  category: string;
  limitText: string;
  group: string;
  color: string;
}

export const INITIAL_BUILDER_STATE: BuilderState = {
  widget: 'latest',
  category: '',
  limitText: String(LIMIT_DEFAULT),
  group: '',
  color: '',
};

export function builderOptions(state: BuilderState): WidgetOptions {
  return {
    widget: state.widget,
    category: state.category,
    limit: parseLimit(state.limitText),
    group: state.group,
    themeColor: state.color,
  };
}
