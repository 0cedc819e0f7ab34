//! The reader's switch between the calm reading (speakers marked, their
//! words plain) and every quote and paraphrase marked as a trigger. It is in
//! the pre-rendered page too, so that nothing moves when the viewer comes to
//! life, but the stylesheet shows it only then: without JavaScript there are
//! no cards to open.

use yew::prelude::*;

pub struct StatementSwitchProps {
    pub on: bool,
    pub on_change: Callback<bool>,
}

pub fn statement_switch(props: &StatementSwitchProps) -> Html {
    let on = props.on;
    html! {
        <p class="aa-statement-switch">
            <label>
                <input type="checkbox" checked={ on } onclick={ props.on_change.reform(move |_: MouseEvent| !on) } />
                { " Mark every quote and paraphrase" }
            </label>
        </p>
    }
}
