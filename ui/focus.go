package ui

import tea "charm.land/bubbletea/v2"

// focusState is the actor focus shown.
type focusState struct{}

func (m *Model) focusPane() int                               { return -1 }
func (m *Model) focusEnter() tea.Cmd                          { return nil }
func (m *Model) openFocus(k int) tea.Cmd                      { return nil }
func (m *Model) focusOverlay(pane, i int, line string) string { return "" }
func (m *Model) closeFocusIfGone()                            {}
