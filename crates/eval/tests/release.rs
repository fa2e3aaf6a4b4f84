//! `Evaluator::release` frees what reference cycles keep alive: a
//! recursive attribute set refers to itself through its thunks, so
//! dropping the evaluator and the value alone leaks it; releasing the
//! evaluator (with thunk tracking on) frees it.

use std::rc::Rc;

use vmcmd_eval::value::track_thunks;
use vmcmd_eval::{Evaluator, Settings, Value};

fn cyclic_set(ev: &mut Evaluator) -> std::rc::Weak<vmcmd_eval::Attrs> {
    // `a`'s set holds `b`'s thunk, whose list holds `a`'s thunk
    let v = ev.eval_text("(rec { a = { inherit b; }; b = [ a ]; }).a").expect("evaluates");
    let v = ev.deep_force(&v).expect("forces");
    match v {
        Value::Attrs(a) => Rc::downgrade(&a),
        _ => panic!("an attribute set"),
    }
}

#[test]
fn release_frees_cycles_and_drop_does_not() {
    track_thunks(true);
    let mut ev = Evaluator::new(Settings::default());
    let leaked = cyclic_set(&mut ev);
    drop(ev);
    assert!(leaked.upgrade().is_some(), "a cycle survives dropping the evaluator");

    let mut ev = Evaluator::new(Settings::default());
    let freed = cyclic_set(&mut ev);
    ev.release();
    assert!(freed.upgrade().is_none(), "released: the cycle is gone");
    track_thunks(false);
}
