//! Split points: code the first screen does not need, loaded when it is
//! first needed (issue 17).
//!
//! [`split!`] marks a function. The split build (`scripts/build-split.mjs`,
//! which alone sets `--cfg trd_split`) moves it, with everything only it
//! uses, into a lazily fetched wasm module named after its group; functions
//! of one group share one module. Every other build (native tests, the
//! browser tests, `trunk serve`) gets a plain `async fn` with the same
//! signature, so which build splits is decided here and nowhere else.
//!
//! Every split point is `fallible`: a module that cannot be fetched (offline
//! after load, a 404, an integrity mismatch) comes back as [`ChunkError`],
//! never as a trap; the loader has already said why in the console. A
//! later call fetches it again.

/// A split module could not be loaded. The loader logged the likely cause.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ChunkError;

impl From<leptos::wasm_split::SplitLoaderError> for ChunkError {
    fn from(_: leptos::wasm_split::SplitLoaderError) -> Self {
        ChunkError
    }
}

/// `split!(group, preload_name, fn name(args) -> T { body })` defines
/// `async fn name(args) -> Result<T, ChunkError>` and `async fn
/// preload_name() -> Result<(), ChunkError>`, which fetches the group's
/// module without calling anything (to fetch ahead what the visitor will
/// most likely open next). A group nobody fetches ahead leaves it unused.
macro_rules! split {
    (
        $group:ident, $preload:ident,
        $(#[$attr:meta])*
        $vis:vis fn $name:ident($($arg:ident: $ty:ty),* $(,)?) -> $ret:ty $body:block
    ) => {
        #[cfg(trd_split)]
        #[::leptos::wasm_split::wasm_split(
            $group,
            wasm_split_path = ::leptos::wasm_split,
            fallible,
            preload(#[allow(dead_code)] $preload)
        )]
        $(#[$attr])*
        $vis fn $name($($arg: $ty),*) -> Result<$ret, $crate::split::ChunkError> {
            Ok($body)
        }

        #[cfg(not(trd_split))]
        $(#[$attr])*
        $vis async fn $name($($arg: $ty),*) -> Result<$ret, $crate::split::ChunkError> {
            Ok($body)
        }

        #[cfg(not(trd_split))]
        #[allow(dead_code)]
        $vis async fn $preload() -> Result<(), ::leptos::wasm_split::SplitLoaderError> {
            Ok(())
        }
    };
}

pub(crate) use split;
