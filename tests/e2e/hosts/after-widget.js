// The page's own script after the widget's: it must still run.
window.hostScriptRan = true;
