/// The details last built for the screen (`ExplorerApp.currentDetails`): the same selection,
/// pane width and config words give the same lines, so a frame (and every key, which looks
/// at the lines) does not decode the function and its config fields again.
struct DetailsCache {
    let node: NodeID
    let width: Int
    let words: Int
    let title: String
    let lines: [DetailLine]
}
