/**
 * Stands for one mention of a supervisory authority in the complaint phrases of a pack. Before those phrases are
 * matched, the extractor replaces every authority mention (a named one from the authority registry, or a generic word
 * from the pack's `complaint.authorities`) by a run of this private-use character of the same length, so a phrase
 * needs no copy of the long list of authority names and offsets stay as they were.
 */
export const AUTHORITY_MARK = '\uE000';
/** The regex source a pack phrase uses for "an authority mentioned here". */
export const AUTHORITY = `${AUTHORITY_MARK}+`;
