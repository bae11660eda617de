/// Which pane of the browse screen has the keyboard.
public enum Pane: Sendable, Equatable { case tree, details }
