//! Native parts of the runtime library (fmt verbs, strconv, ...).
