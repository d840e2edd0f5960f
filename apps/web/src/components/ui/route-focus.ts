import { createContext, useContext } from 'react';

/**
 * Decides whether a new page should take focus. Moving focus to the h1 helps after someone follows a
 * link or submits a form; but on the first load of the app (including the redirects that follow it,
 * such as "/" to the sign-in page) it would only push the skip link out of reach of the first Tab.
 * So focus moves only once the person has done something on the page.
 */
export class InteractionTracker {
  #interacted = false;

  markInteracted = (): void => {
    this.#interacted = true;
  };

  hasInteracted(): boolean {
    return this.#interacted;
  }

  /** Starts listening on the document; returns the function that stops it. */
  listen(target: Document): () => void {
    const events = ['keydown', 'pointerdown', 'click', 'focusin'] as const;
    for (const event of events) target.addEventListener(event, this.markInteracted, { capture: true });
    return () => {
      for (const event of events) target.removeEventListener(event, this.markInteracted, { capture: true });
    };
  }
}

// Without a tracker (for example in an isolated component), focus moves on every route change.
const alwaysMove = { hasInteracted: () => true };

export const RouteFocusContext = createContext<Pick<InteractionTracker, 'hasInteracted'>>(alwaysMove);

export function useRouteFocus() {
  return useContext(RouteFocusContext);
}
