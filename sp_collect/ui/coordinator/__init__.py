"""The coordinator's screens (and Identity & contacts, for both roles). Importing a page's module
registers the page; the main window imports those of the open workspace's role only, so this
package imports none of them itself: a field workspace loads no coordinator screen (and, through
them, no scoring or analysis) to show its Home."""
