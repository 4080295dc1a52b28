//! Component behaviour that needs a real DOM, in headless Chromium
//! (wasm-bindgen-test-runner + ChromeDriver; see `make test-browser`).
//!
//! These call the same `mount` the loader calls, on elements created the
//! way a page would have them, and drive the widget through its DOM.
#![cfg(target_arch = "wasm32")]
// In tests a failed expectation is the report: panicking is the point.
#![allow(clippy::expect_used, clippy::unwrap_used)]

use trd_widget::platform::mount;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use wasm_bindgen_test::{wasm_bindgen_test, wasm_bindgen_test_configure};
use web_sys::{Document, Element, HtmlElement, HtmlInputElement, ShadowRoot};

wasm_bindgen_test_configure!(run_in_browser);

fn document() -> Document {
    web_sys::window()
        .and_then(|w| w.document())
        .expect("a document")
}

/// A `<trd-widget>` element in the page, with these attributes.
fn host(attributes: &[(&str, &str)]) -> HtmlElement {
    let element = document()
        .create_element("trd-widget")
        .expect("create element");
    for (name, value) in attributes {
        element.set_attribute(name, value).expect("set attribute");
    }
    document()
        .body()
        .expect("body")
        .append_child(&element)
        .expect("append");
    element.unchecked_into()
}

/// Lets Leptos run its scheduled effects.
async fn settle() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        web_sys::window()
            .expect("window")
            .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 0)
            .expect("setTimeout");
    });
    JsFuture::from(promise).await.expect("timeout");
}

fn find(root: &ShadowRoot, selector: &str) -> Element {
    root.query_selector(selector)
        .expect("valid selector")
        .unwrap_or_else(|| panic!("nothing matches {selector}"))
}

fn text(root: &ShadowRoot, selector: &str) -> String {
    find(root, selector).text_content().unwrap_or_default()
}

fn click(root: &ShadowRoot, selector: &str) {
    find(root, selector).unchecked_into::<HtmlElement>().click();
}

fn radios(root: &ShadowRoot) -> Vec<HtmlInputElement> {
    let list = root
        .query_selector_all("input[type=radio]")
        .expect("valid selector");
    (0..list.length())
        .filter_map(|i| list.item(i))
        .map(|node| node.unchecked_into())
        .collect()
}

#[wasm_bindgen_test]
async fn mounts_into_an_open_shadow_root_and_records_an_answer() {
    let host = host(&[("lang", "en")]);
    let handle = mount(host.clone()).expect("mounts");
    let root = host.shadow_root().expect("an open shadow root");
    assert_eq!(
        find(&root, ".trd").get_attribute("lang").as_deref(),
        Some("en")
    );
    assert_eq!(
        find(&root, ".trd").get_attribute("data-screen").as_deref(),
        Some("intro")
    );
    assert!(
        root.adopted_style_sheets().length() >= 1,
        "styles are adopted, not inlined"
    );

    click(&root, ".trd-primary");
    settle().await;
    assert_eq!(text(&root, ".trd-heading"), "Question 1 of 9");
    let choices = radios(&root);
    assert_eq!(choices.len(), 4, "one radio per answer, in order");
    assert!(text(&root, "legend").contains("Little interest or pleasure in doing things"));

    choices[2].click();
    settle().await;
    assert!(radios(&root)[2].checked());
    // Choosing an answer does not move on by itself.
    assert_eq!(text(&root, ".trd-heading"), "Question 1 of 9");

    click(&root, ".trd-primary");
    settle().await;
    assert_eq!(text(&root, ".trd-heading"), "Question 2 of 9");
    assert!(
        radios(&root).iter().all(|r| !r.checked()),
        "no default answer"
    );

    click(&root, ".trd-secondary");
    settle().await;
    assert!(radios(&root)[2].checked(), "Back keeps the answer");

    handle.unmount();
    assert!(
        root.query_selector(".trd")
            .expect("valid selector")
            .is_none(),
        "unmount empties the shadow root"
    );
    host.remove();
}

#[wasm_bindgen_test]
async fn two_widgets_keep_separate_answers() {
    let first = host(&[("lang", "en")]);
    let second = host(&[("lang", "es")]);
    let first_handle = mount(first.clone()).expect("mounts");
    let second_handle = mount(second.clone()).expect("mounts");
    let (a, b) = (
        first.shadow_root().expect("root"),
        second.shadow_root().expect("root"),
    );
    click(&a, ".trd-primary");
    click(&b, ".trd-primary");
    settle().await;
    radios(&a)[3].click();
    radios(&b)[0].click();
    settle().await;
    assert!(radios(&a)[3].checked() && !radios(&a)[0].checked());
    assert!(radios(&b)[0].checked() && !radios(&b)[3].checked());
    assert_eq!(text(&b, ".trd-heading"), "Pregunta 1 de 9");
    first_handle.unmount();
    second_handle.unmount();
    first.remove();
    second.remove();
}

#[wasm_bindgen_test]
async fn remounting_reuses_the_shadow_root_and_starts_fresh() {
    let host = host(&[("lang", "en")]);
    let handle = mount(host.clone()).expect("mounts");
    let root = host.shadow_root().expect("root");
    click(&root, ".trd-primary");
    settle().await;
    radios(&root)[1].click();
    handle.unmount();

    let again = mount(host.clone()).expect("mounts again into the same root");
    settle().await;
    assert_eq!(
        root.query_selector_all(".trd").expect("selector").length(),
        1
    );
    assert_eq!(
        find(&root, ".trd").get_attribute("data-screen").as_deref(),
        Some("intro")
    );
    again.unmount();
    host.remove();
}

#[wasm_bindgen_test]
async fn item_nine_shows_the_crisis_panel_before_moving_on() {
    let host = host(&[("lang", "en")]);
    let handle = mount(host.clone()).expect("mounts");
    let root = host.shadow_root().expect("root");
    click(&root, ".trd-primary");
    for _ in 0..8 {
        settle().await;
        radios(&root)[0].click();
        click(&root, ".trd-primary");
    }
    settle().await;
    assert_eq!(text(&root, ".trd-heading"), "Question 9 of 9");
    assert!(root
        .query_selector("[data-crisis-panel]")
        .expect("selector")
        .is_none());
    radios(&root)[1].click();
    settle().await;
    let panel = find(&root, "[data-crisis-panel]");
    assert_eq!(panel.get_attribute("data-level").as_deref(), Some("raised"));
    radios(&root)[3].click();
    settle().await;
    assert_eq!(
        find(&root, "[data-crisis-panel]")
            .get_attribute("data-level")
            .as_deref(),
        Some("urgent")
    );
    handle.unmount();
    host.remove();
}

#[wasm_bindgen_test]
fn a_closed_shadow_root_is_a_typed_error_not_a_panic() {
    let host = host(&[]);
    let init = web_sys::ShadowRootInit::new(web_sys::ShadowRootMode::Closed);
    host.attach_shadow(&init).expect("closed root");
    let error: JsValue = match mount(host.clone()) {
        Ok(_) => panic!("mounting over a closed shadow root must fail"),
        Err(error) => error,
    };
    let message = error
        .dyn_into::<js_sys::Error>()
        .map(|e| String::from(e.message()))
        .unwrap_or_default();
    assert!(
        message.starts_with("could not attach a shadow root"),
        "{message}"
    );
    host.remove();
}

/// Bytes of linear memory the module has now. WebAssembly memory never
/// shrinks, so it only grows if something is not freed.
fn wasm_memory_bytes() -> f64 {
    let memory = wasm_bindgen::memory();
    let buffer = js_sys::Reflect::get(&memory, &"buffer".into()).expect("memory.buffer");
    js_sys::Reflect::get(&buffer, &"byteLength".into())
        .expect("byteLength")
        .as_f64()
        .expect("a number")
}

async fn mount_answer_unmount(times: usize) {
    for _ in 0..times {
        let host = host(&[("lang", "en")]);
        let handle = mount(host.clone()).expect("mounts");
        let root = host.shadow_root().expect("root");
        click(&root, ".trd-primary");
        settle().await;
        radios(&root)[2].click();
        handle.unmount();
        host.remove();
    }
    settle().await;
}

#[wasm_bindgen_test]
async fn unmounting_frees_what_a_widget_held() {
    // Warm up the allocator, then check that hundreds more widgets fit in
    // the same memory: a leak of even 1 KiB per widget would grow it.
    mount_answer_unmount(50).await;
    let warm = wasm_memory_bytes();
    mount_answer_unmount(300).await;
    let after = wasm_memory_bytes();
    assert!(
        after - warm <= 65_536.0,
        "wasm memory grew from {warm} to {after} bytes over 300 mount/unmount cycles"
    );
}
