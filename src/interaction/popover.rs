//! The rules for speaker cards and update notes, without a DOM: when a
//! hover, a focus, a tap or a key opens a popover, what keeps it open, what
//! closes it, and that only one is open at a time. Times are milliseconds
//! the caller passes in, so every rule and timer is tested natively; the
//! adapter in `hooks/popover/` feeds it browser events and timer ticks.

/// How long a pointer must rest on a trigger before its popover opens, and
/// how long a popover stays after the pointer leaves it and its trigger.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Timing {
    pub open_delay_ms: f64,
    pub close_grace_ms: f64,
}

impl Default for Timing {
    fn default() -> Self {
        Timing { open_delay_ms: 200.0, close_grace_ms: 300.0 }
    }
}

/// What opened the popover decides what closes it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OpenedBy {
    /// A resting pointer: closes when the pointer has left trigger and popover.
    Hover,
    /// Keyboard focus: closes when focus leaves trigger and popover.
    Focus,
    /// A click, tap, Enter or Space: stays until dismissed.
    Activation,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Event<K> {
    PointerEnterTrigger(K),
    PointerLeaveTrigger(K),
    PointerEnterPopover,
    PointerLeavePopover,
    /// Focus arrived on a trigger from the keyboard (not from a click).
    FocusTrigger(K),
    /// Focus went somewhere outside the open popover and its trigger.
    FocusLeft,
    /// Click, tap, Enter or Space on a trigger.
    Activate(K),
    /// Escape, or the popover's close button.
    Dismiss,
    /// A pointer pressed outside the popover and its trigger.
    PointerDownOutside,
    /// Time passed: fire any timer that is due.
    Tick,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Popover<K> {
    timing: Timing,
    open: Option<(K, OpenedBy)>,
    pending_open: Option<(K, f64)>,
    pending_close: Option<f64>,
}

impl<K: Clone + PartialEq> Popover<K> {
    pub fn new(timing: Timing) -> Self {
        Popover { timing, open: None, pending_open: None, pending_close: None }
    }

    pub fn timing(&self) -> Timing {
        self.timing
    }

    pub fn open_key(&self) -> Option<&K> {
        self.open.as_ref().map(|(k, _)| k)
    }

    pub fn opened_by(&self) -> Option<OpenedBy> {
        self.open.as_ref().map(|(_, by)| *by)
    }

    pub fn is_open(&self, key: &K) -> bool {
        self.open_key() == Some(key)
    }

    /// When the caller should send the next `Tick`, if a timer is running.
    pub fn next_deadline(&self) -> Option<f64> {
        match (self.pending_open.as_ref().map(|p| p.1), self.pending_close) {
            (Some(a), Some(b)) => Some(a.min(b)),
            (a, b) => a.or(b),
        }
    }

    fn show(&mut self, key: K, by: OpenedBy) {
        self.open = Some((key, by));
        self.pending_open = None;
        self.pending_close = None;
    }

    fn close(&mut self) {
        self.open = None;
        self.pending_open = None;
        self.pending_close = None;
    }

    pub fn handle(&mut self, event: Event<K>, now: f64) {
        match event {
            Event::PointerEnterTrigger(key) => {
                if self.is_open(&key) {
                    self.pending_close = None;
                } else {
                    self.pending_open = Some((key, now + self.timing.open_delay_ms));
                }
            }
            Event::PointerLeaveTrigger(key) => {
                if self.pending_open.as_ref().is_some_and(|(k, _)| *k == key) {
                    self.pending_open = None;
                }
                if self.is_open(&key) && self.opened_by() == Some(OpenedBy::Hover) {
                    self.pending_close = Some(now + self.timing.close_grace_ms);
                }
            }
            Event::PointerEnterPopover => {
                self.pending_close = None;
                self.pending_open = None;
            }
            Event::PointerLeavePopover => {
                if self.opened_by() == Some(OpenedBy::Hover) {
                    self.pending_close = Some(now + self.timing.close_grace_ms);
                }
            }
            Event::FocusTrigger(key) => match self.opened_by() {
                // Already open for this trigger: keyboard focus now holds it.
                Some(OpenedBy::Hover) if self.is_open(&key) => self.show(key, OpenedBy::Focus),
                _ if self.is_open(&key) => {}
                _ => self.show(key, OpenedBy::Focus),
            },
            Event::FocusLeft => {
                if matches!(self.opened_by(), Some(OpenedBy::Focus | OpenedBy::Activation)) {
                    self.close();
                }
            }
            Event::Activate(key) => match self.opened_by() {
                // A second activation of a pinned popover closes it; the first
                // activation of one that hover or focus opened pins it, so a
                // click never closes what the pointer just opened.
                Some(OpenedBy::Activation) if self.is_open(&key) => self.close(),
                _ => self.show(key, OpenedBy::Activation),
            },
            Event::Dismiss | Event::PointerDownOutside => self.close(),
            Event::Tick => {
                if let Some((key, at)) = self.pending_open.clone() {
                    if at <= now {
                        self.show(key, OpenedBy::Hover);
                        return;
                    }
                }
                if self.pending_close.is_some_and(|at| at <= now) {
                    self.close();
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use Event::*;

    fn machine() -> Popover<&'static str> {
        Popover::new(Timing::default())
    }

    fn run(p: &mut Popover<&'static str>, events: &[(f64, Event<&'static str>)]) {
        for (t, e) in events {
            p.handle(e.clone(), *t);
        }
    }

    #[test]
    fn a_resting_pointer_opens_after_the_delay() {
        let mut p = machine();
        run(&mut p, &[(0.0, PointerEnterTrigger("a")), (199.0, Tick)]);
        assert_eq!(p.open_key(), None);
        assert_eq!(p.next_deadline(), Some(200.0));
        p.handle(Tick, 200.0);
        assert_eq!(p.open_key(), Some(&"a"));
        assert_eq!(p.opened_by(), Some(OpenedBy::Hover));
        assert_eq!(p.next_deadline(), None);
    }

    #[test]
    fn a_quick_pass_opens_nothing() {
        let mut p = machine();
        run(&mut p, &[(0.0, PointerEnterTrigger("a")), (80.0, PointerLeaveTrigger("a")), (500.0, Tick)]);
        assert_eq!(p.open_key(), None);
        assert_eq!(p.next_deadline(), None);
    }

    #[test]
    fn the_delay_is_configurable() {
        let mut p = Popover::new(Timing { open_delay_ms: 50.0, close_grace_ms: 10.0 });
        run(&mut p, &[(0.0, PointerEnterTrigger("a")), (50.0, Tick)]);
        assert!(p.is_open(&"a"));
        run(&mut p, &[(60.0, PointerLeaveTrigger("a")), (70.0, Tick)]);
        assert_eq!(p.open_key(), None);
    }

    #[test]
    fn moving_into_the_popover_within_the_grace_keeps_it_open() {
        let mut p = machine();
        run(
            &mut p,
            &[
                (0.0, PointerEnterTrigger("a")),
                (200.0, Tick),
                (1000.0, PointerLeaveTrigger("a")),
                (1150.0, PointerEnterPopover),
                (2000.0, Tick),
            ],
        );
        assert!(p.is_open(&"a"));
    }

    #[test]
    fn leaving_trigger_and_popover_closes_after_the_grace() {
        let mut p = machine();
        run(&mut p, &[(0.0, PointerEnterTrigger("a")), (200.0, Tick), (1000.0, PointerLeaveTrigger("a")), (1299.0, Tick)]);
        assert!(p.is_open(&"a"));
        p.handle(Tick, 1300.0);
        assert_eq!(p.open_key(), None);
        run(
            &mut p,
            &[
                (2000.0, PointerEnterTrigger("a")),
                (2200.0, Tick),
                (2300.0, PointerEnterPopover),
                (2400.0, PointerLeavePopover),
                (2700.0, Tick),
            ],
        );
        assert_eq!(p.open_key(), None);
    }

    #[test]
    fn returning_to_the_trigger_cancels_the_close() {
        let mut p = machine();
        run(
            &mut p,
            &[
                (0.0, PointerEnterTrigger("a")),
                (200.0, Tick),
                (300.0, PointerLeaveTrigger("a")),
                (400.0, PointerEnterTrigger("a")),
                (900.0, Tick),
            ],
        );
        assert!(p.is_open(&"a"));
    }

    #[test]
    fn keyboard_focus_opens_at_once_and_leaving_focus_closes() {
        let mut p = machine();
        p.handle(FocusTrigger("a"), 0.0);
        assert_eq!((p.open_key(), p.opened_by()), (Some(&"a"), Some(OpenedBy::Focus)));
        // The pointer wandering off does not close a keyboard user's card.
        run(&mut p, &[(10.0, PointerLeaveTrigger("a")), (1000.0, Tick)]);
        assert!(p.is_open(&"a"));
        p.handle(FocusLeft, 1001.0);
        assert_eq!(p.open_key(), None);
    }

    #[test]
    fn enter_pins_a_focused_card_and_a_second_enter_closes_it() {
        let mut p = machine();
        run(&mut p, &[(0.0, FocusTrigger("a")), (10.0, Activate("a"))]);
        assert_eq!(p.opened_by(), Some(OpenedBy::Activation));
        p.handle(Activate("a"), 20.0);
        assert_eq!(p.open_key(), None);
    }

    #[test]
    fn escape_closes_whatever_opened_it() {
        for opener in [FocusTrigger("a"), Activate("a")] {
            let mut p = machine();
            run(&mut p, &[(0.0, opener), (10.0, Dismiss)]);
            assert_eq!(p.open_key(), None);
        }
    }

    #[test]
    fn a_click_on_a_hovered_trigger_pins_instead_of_closing() {
        let mut p = machine();
        run(&mut p, &[(0.0, PointerEnterTrigger("a")), (200.0, Tick), (300.0, Activate("a"))]);
        assert_eq!(p.opened_by(), Some(OpenedBy::Activation));
        // Pinned: leaving with the pointer no longer closes it.
        run(&mut p, &[(400.0, PointerLeaveTrigger("a")), (2000.0, Tick)]);
        assert!(p.is_open(&"a"));
    }

    #[test]
    fn a_tap_opens_and_a_tap_outside_closes() {
        let mut p = machine();
        p.handle(Activate("a"), 0.0);
        assert!(p.is_open(&"a"));
        p.handle(PointerDownOutside, 50.0);
        assert_eq!(p.open_key(), None);
    }

    #[test]
    fn only_one_is_open_at_a_time() {
        let mut p = machine();
        run(&mut p, &[(0.0, Activate("a")), (10.0, Activate("b"))]);
        assert_eq!(p.open_key(), Some(&"b"));
        run(&mut p, &[(20.0, FocusTrigger("c"))]);
        assert_eq!(p.open_key(), Some(&"c"));
        run(&mut p, &[(30.0, PointerEnterTrigger("d")), (230.0, Tick)]);
        assert_eq!(p.open_key(), Some(&"d"));
    }

    #[test]
    fn hovering_another_trigger_waits_its_delay_before_replacing() {
        let mut p = machine();
        run(&mut p, &[(0.0, Activate("a")), (10.0, PointerEnterTrigger("b")), (100.0, Tick)]);
        assert_eq!(p.open_key(), Some(&"a"));
        run(&mut p, &[(150.0, PointerLeaveTrigger("b")), (400.0, Tick)]);
        assert_eq!(p.open_key(), Some(&"a"), "a quick pass over b leaves a open");
    }

    #[test]
    fn focus_leaving_does_not_close_a_hover_card() {
        let mut p = machine();
        run(&mut p, &[(0.0, PointerEnterTrigger("a")), (200.0, Tick), (300.0, FocusLeft)]);
        assert!(p.is_open(&"a"));
    }
}
