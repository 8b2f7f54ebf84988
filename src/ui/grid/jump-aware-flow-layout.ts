import { FlowLayout } from '@lit-labs/virtualizer/layouts/flow.js';

/** Scroll coordinates as the layout gets them (its Positions type is not exported). */
type Positions = FlowLayout['viewportScroll'];

/** The virtualizer's own margin of rows kept beyond each edge of the viewport (px). */
const OVERHANG = 1000;
/** The margin while the view jumps further than the rows already made could reach. */
const JUMP_OVERHANG = 100;
/** Quiet time after the last jump before the margin is made again. */
const REFILL_AFTER_MS = 150;

/**
 * The virtualizer's flow layout, without its 1000 px of rows above and below the viewport while the
 * view jumps more than a screen and that margin at a time (a dragged scroll bar, a fast fling, the
 * bench's five screens a frame). Rows made for the margin then are gone before they are seen: they
 * were two thirds of the ≈27 rows made each frame while scrolling a 20,000-segment document. The
 * margin comes back once the view rests (an idle moment after the last jump), so a wheel or keyboard
 * scroll that follows finds its rows made, as before.
 *
 * The first rows a grid shows are the viewport's alone too: a project opening paints the rows in view,
 * then makes the margin in the first idle moment (it was half the rows of the first render).
 */
export class JumpAwareFlowLayout extends FlowLayout {
  #refill: ReturnType<typeof setTimeout> | undefined;
  #idle: number | undefined;

  constructor(...args: ConstructorParameters<typeof FlowLayout>) {
    super(...args);
    this._overhang = JUMP_OVERHANG;
    this.#scheduleRefill();
  }

  override get viewportScroll(): Positions {
    return super.viewportScroll;
  }

  override set viewportScroll(coords: Positions) {
    const next = this.direction === 'horizontal' ? coords.left : coords.top;
    if (next !== undefined && Math.abs(next - this._scrollPosition) > this.#reach()) {
      this._overhang = JUMP_OVERHANG;
      this.#scheduleRefill();
    }
    super.viewportScroll = coords;
  }

  /** How far the view can move and still land on rows made with the full margin. */
  #reach(): number {
    const { width, height } = this.viewportSize;
    return (this.direction === 'horizontal' ? width : height) + OVERHANG;
  }

  #scheduleRefill(): void {
    clearTimeout(this.#refill);
    if (this.#idle !== undefined) cancelIdleCallback(this.#idle);
    this.#idle = undefined;
    this.#refill = setTimeout(() => {
      this.#idle = requestIdleCallback(() => {
        this.#idle = undefined;
        this._overhang = OVERHANG;
        this._scheduleReflow();
        this.reflowIfNeeded();
      });
    }, REFILL_AFTER_MS);
  }
}
