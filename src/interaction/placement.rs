//! Where a popover goes: beside the line of its trigger that the pointer or
//! focus is on, inside the viewport, never over the trigger itself; on
//! narrow screens, a sheet along the bottom. Pure geometry in CSS pixels,
//! viewport coordinates.

/// A rectangle in viewport coordinates (as `getBoundingClientRect` gives).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Rect {
    pub left: f64,
    pub top: f64,
    pub width: f64,
    pub height: f64,
}

impl Rect {
    pub fn right(&self) -> f64 {
        self.left + self.width
    }
    pub fn bottom(&self) -> f64 {
        self.top + self.height
    }
    pub fn contains_y(&self, y: f64) -> bool {
        self.top <= y && y <= self.bottom()
    }
    pub fn intersects(&self, o: &Rect) -> bool {
        self.left < o.right() && o.left < self.right() && self.top < o.bottom() && o.top < self.bottom()
    }
}

/// Below this viewport width the popover is a bottom sheet.
pub const SHEET_BELOW_WIDTH: f64 = 600.0;
/// Space kept between the popover and the viewport's edges (the stylesheet
/// keeps the same, `--aa-edge`).
pub const MARGIN: f64 = crate::contract::EDGE_PX as f64;
/// Space between the trigger's line and the popover.
pub const GAP: f64 = 6.0;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Side {
    Below,
    Above,
}

#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Placement {
    /// Beside the trigger: where the popover's box goes, and the largest
    /// height it may take before it scrolls inside.
    Floating { rect: Rect, side: Side, max_height: f64 },
    /// Along the bottom of a narrow viewport.
    Sheet,
}

/// The line box to anchor to: for a trigger that wraps over several lines,
/// the line under the pointer (by its y), else the first line.
pub fn anchor_line(lines: &[Rect], pointer_y: Option<f64>) -> Option<Rect> {
    let nonempty = || lines.iter().filter(|r| r.width > 0.0 && r.height > 0.0);
    pointer_y.and_then(|y| nonempty().find(|r| r.contains_y(y))).or_else(|| nonempty().next()).or_else(|| lines.first()).copied()
}

/// The smallest rectangle around all of a trigger's line boxes.
pub fn bounds(lines: &[Rect]) -> Option<Rect> {
    let first = *lines.first()?;
    let (l, t, r, b) = lines.iter().fold((first.left, first.top, first.right(), first.bottom()), |(l, t, r, b), x| {
        (l.min(x.left), t.min(x.top), r.max(x.right()), b.max(x.bottom()))
    });
    Some(Rect { left: l, top: t, width: r - l, height: b - t })
}

/// Places a popover of the given natural size: centred on the `anchor`
/// line, below or above the whole `trigger` (all its lines) so that it never
/// covers any of them.
pub fn place(anchor: Rect, trigger: Rect, size: (f64, f64), viewport: (f64, f64)) -> Placement {
    let (vw, vh) = viewport;
    if vw < SHEET_BELOW_WIDTH {
        return Placement::Sheet;
    }
    let width = size.0.min(vw - 2.0 * MARGIN).max(0.0);
    let below = vh - MARGIN - (trigger.bottom() + GAP);
    let above = trigger.top - GAP - MARGIN;
    let (side, room) = if size.1 <= below || below >= above { (Side::Below, below) } else { (Side::Above, above) };
    let height = size.1.min(room.max(0.0));
    let top = match side {
        Side::Below => trigger.bottom() + GAP,
        Side::Above => trigger.top - GAP - height,
    };
    let centred = anchor.left + anchor.width / 2.0 - width / 2.0;
    // Not `f64::clamp`: its check that min <= max (always true here) drags
    // float formatting, about 9 KB gzip, into the WebAssembly.
    let left = centred.min(vw - MARGIN - width).max(MARGIN);
    Placement::Floating { rect: Rect { left, top, width, height }, side, max_height: room.max(0.0) }
}

/// How far to scroll the page so that a bottom sheet whose top edge is at
/// `sheet_top` leaves the `trigger` (all its lines) visible above it, with
/// `MARGIN` to spare: as far as needed, but never so far that the trigger's
/// top leaves the screen, and at least far enough to uncover the `anchor`
/// line the reader pointed at. `None` when it is already clear.
pub fn sheet_scroll(anchor: Rect, trigger: Rect, sheet_top: f64) -> Option<f64> {
    let needed = trigger.bottom() + MARGIN - sheet_top;
    if needed <= 0.0 {
        return None;
    }
    // Not `clamp` (see `place`): the lower bound wins when they cross.
    Some(needed.min(trigger.top - MARGIN).max(anchor.bottom() + MARGIN - sheet_top))
}

#[cfg(test)]
mod tests {
    use super::*;

    const CARD: (f64, f64) = (320.0, 260.0);

    fn line(left: f64, top: f64, width: f64) -> Rect {
        Rect { left, top, width, height: 24.0 }
    }

    fn inside(r: &Rect, (vw, vh): (f64, f64)) -> bool {
        r.left >= MARGIN - 0.01 && r.top >= MARGIN - 0.01 && r.right() <= vw - MARGIN + 0.01 && r.bottom() <= vh - MARGIN + 0.01
    }

    #[test]
    fn stays_inside_the_viewport_for_a_trigger_at_each_edge() {
        let vp = (1280.0, 800.0);
        let triggers = [
            line(0.0, 0.0, 60.0),      // top left
            line(1220.0, 0.0, 60.0),   // top right
            line(0.0, 776.0, 60.0),    // bottom left
            line(1220.0, 776.0, 60.0), // bottom right
            line(600.0, 380.0, 80.0),  // middle
        ];
        for t in triggers {
            let Placement::Floating { rect, .. } = place(t, t, CARD, vp) else { panic!("no sheet at 1280") };
            assert!(inside(&rect, vp), "{rect:?} for {t:?}");
            assert!(!rect.intersects(&t), "{rect:?} covers {t:?}");
        }
    }

    #[test]
    fn flips_above_near_the_bottom() {
        let Placement::Floating { side, rect, .. } = place(line(500.0, 700.0, 80.0), line(500.0, 700.0, 80.0), CARD, (1280.0, 800.0))
        else {
            panic!()
        };
        assert_eq!(side, Side::Above);
        assert!(rect.bottom() <= 700.0 - GAP + 0.01);
    }

    #[test]
    fn shifts_away_from_the_side_edges() {
        let Placement::Floating { rect, .. } = place(line(1270.0, 100.0, 10.0), line(1270.0, 100.0, 10.0), CARD, (1280.0, 800.0)) else {
            panic!()
        };
        assert_eq!(rect.right(), 1280.0 - MARGIN);
        let Placement::Floating { rect, .. } = place(line(0.0, 100.0, 10.0), line(0.0, 100.0, 10.0), CARD, (1280.0, 800.0)) else {
            panic!()
        };
        assert_eq!(rect.left, MARGIN);
    }

    #[test]
    fn a_tall_card_in_a_short_viewport_scrolls_rather_than_covering_the_trigger() {
        let t = line(500.0, 150.0, 80.0);
        let Placement::Floating { rect, side, max_height } = place(t, t, (320.0, 600.0), (1280.0, 400.0)) else { panic!() };
        assert_eq!(side, Side::Below);
        assert!(!rect.intersects(&t));
        assert!(inside(&rect, (1280.0, 400.0)));
        assert_eq!(rect.height, max_height);
    }

    #[test]
    fn narrow_screens_get_a_sheet() {
        for t in [line(0.0, 0.0, 40.0), line(280.0, 600.0, 40.0)] {
            assert_eq!(place(t, t, CARD, (320.0, 640.0)), Placement::Sheet);
        }
    }

    #[test]
    fn the_anchor_is_the_line_under_the_pointer() {
        let lines = [line(400.0, 100.0, 300.0), line(40.0, 124.0, 200.0)];
        assert_eq!(anchor_line(&lines, Some(130.0)), Some(lines[1]));
        assert_eq!(anchor_line(&lines, None), Some(lines[0]));
        assert_eq!(anchor_line(&lines, Some(999.0)), Some(lines[0]));
        assert_eq!(anchor_line(&[], None), None);
    }

    #[test]
    fn a_wrapped_quote_is_never_covered_and_the_card_follows_the_pointed_line() {
        let lines = [line(700.0, 100.0, 300.0), line(300.0, 124.0, 700.0), line(300.0, 148.0, 100.0)];
        let all = bounds(&lines).unwrap();
        assert_eq!((all.left, all.top, all.right(), all.bottom()), (300.0, 100.0, 1000.0, 172.0));
        for pointed in lines {
            let Placement::Floating { rect, .. } = place(pointed, all, CARD, (1280.0, 800.0)) else { panic!() };
            assert!(lines.iter().all(|l| !rect.intersects(l)), "{rect:?} covers a line");
            let centre = rect.left + rect.width / 2.0;
            assert!((centre - (pointed.left + pointed.width / 2.0)).abs() < 1.0);
        }
    }

    #[test]
    fn a_sheet_scrolls_the_page_just_enough_to_uncover_its_trigger() {
        // A trigger clear of a sheet starting at 400: no scroll.
        let high = line(20.0, 100.0, 200.0);
        assert_eq!(sheet_scroll(high, high, 400.0), None);
        // A trigger at 500..524 under a sheet from 400: up by 524 + 8 - 400.
        let low = line(20.0, 500.0, 200.0);
        assert_eq!(sheet_scroll(low, low, 400.0), Some(132.0));
        // A wrapped quote from 100 to 600 cannot all fit above the sheet: the
        // scroll stops with its first line still on screen (100 - MARGIN)...
        let tall = Rect { left: 20.0, top: 100.0, width: 280.0, height: 500.0 };
        assert_eq!(sheet_scroll(line(20.0, 100.0, 280.0), tall, 400.0), Some(92.0));
        // ...unless the reader pointed at a lower line, which must come out.
        assert_eq!(sheet_scroll(line(20.0, 560.0, 280.0), tall, 400.0), Some(192.0));
    }
}
