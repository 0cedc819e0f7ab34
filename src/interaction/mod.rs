//! Interaction rules, free of the DOM so they are tested natively: the
//! popover state machine (hover intent, grace, focus, touch, one at a time)
//! and popover placement.

pub mod placement;
pub mod popover;
