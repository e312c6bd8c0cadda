/**
 * The few @slidev/client APIs the course uses, typed for `vue-tsc`. @slidev/client ships its TypeScript
 * sources, which do not compile under this project's stricter settings (noUncheckedIndexedAccess),
 * so tsconfig maps the import here for type checking only; Vite still bundles the real package.
 */
declare module '@slidev/client' {
  import type { ComputedRef, Ref } from 'vue'

  /** A slide's route: its number and what Slidev parsed from it (`title` is its first heading's markdown). */
  export interface SlideRouteInfo {
    no: number
    meta?: { slide?: { title?: string, noteHTML?: string, no?: number } }
  }

  export function useNav(): {
    isPrintMode: ComputedRef<boolean>
    isPresenter: ComputedRef<boolean>
    isEmbedded: ComputedRef<boolean>
    currentPage: ComputedRef<number>
    total: ComputedRef<number>
    clicks: ComputedRef<number>
    go: (page: number, clicks?: number) => Promise<void>
    currentSlideNo: ComputedRef<number>
    currentSlideRoute: ComputedRef<SlideRouteInfo>
    /** A next click step or a next slide. */
    hasNext: ComputedRef<boolean>
    /** The next click step, or the next slide. */
    next: () => Promise<void>
  }
  export function useSlideContext(): {
    $clicks: ComputedRef<number>
    $page: ComputedRef<number>
    $renderContext: Ref<'none' | 'slide' | 'overview' | 'presenter' | 'previewNext'>
    $frontmatter: Record<string, unknown>
    $slidev: { nav: { currentSlideRoute: { meta?: { slide?: { noteHTML?: string, no?: number } } } } }
  }
  export const configs: { title: string, [key: string]: unknown }
}
