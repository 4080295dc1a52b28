//! The explainers: the topic list, a page with its glossary terms and
//! sources, and links into them from elsewhere.

pub mod explainer_body;
pub mod explainer_page;
pub mod glossary_term;
pub mod learn_link;
pub mod learn_screen;
pub mod psilocybin_checklist;
pub mod topic_list;
