//! Label and branch checks that gc's parser performs on each function body
//! (cmd/compile/internal/syntax/branches.go): misplaced break/continue/fallthrough,
//! undefined, unused and duplicate labels, and bad gotos.

use super::ast::*;
use super::parser::RawError;

/// Checks a function body; returns errors in gc's report order. `at` renders a
/// position for use inside a message (`./prog.go:4:1`).
pub fn check_branches(body: &Block, at: &dyn Fn(u32) -> String) -> Vec<RawError> {
    let mut ls = LabelScope {
        labels: Vec::new(),
        blocks: Vec::new(),
        errors: Vec::new(),
        at,
    };
    let fwd = ls.block_branches(None, Targets::default(), None, body.lbrace, &body.stmts);
    for g in fwd {
        let name = &g.label.name;
        if let Some(l) = find_label(&mut ls.labels, name) {
            l.used = true; // avoid "defined and not used" error
            let start = ls.blocks.get(l.block).map_or(0, |b| b.start);
            ls.errors.push((
                g.label.span.lo,
                format!(
                    "goto {} jumps into block starting at {}",
                    name,
                    (ls.at)(start)
                ),
            ));
        } else {
            ls.errors
                .push((g.label.span.lo, format!("label {} not defined", name)));
        }
    }
    let mut unused: Vec<(u32, String)> = Vec::new();
    for (name, l) in ls.labels.iter() {
        if !l.used {
            unused.push((l.pos, format!("label {} defined and not used", name)));
        }
    }
    crate::sort::sort(&mut unused);
    ls.errors.extend(unused);
    ls.errors
}

/// What an enclosing labeled statement is.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Kind {
    For,
    Switch,
    TypeSwitch,
    Select,
    Other,
}

#[derive(Clone, Copy, Default)]
struct Targets {
    /// Kind of the innermost breakable statement, if any.
    breaks: Option<Kind>,
    /// Number of clauses of that statement if it is a switch.
    switch_clauses: usize,
    continues: bool,
    /// Case index within the immediately enclosing switch, if directly in one.
    case_index: Option<usize>,
}

struct Label {
    block: usize,
    /// The labeled statement's id.
    stmt: NodeId,
    kind: Kind,
    pos: u32,
    used: bool,
}

struct BlockInfo {
    parent: Option<usize>,
    start: u32,
    /// The labeled statement this block belongs to.
    lstmt: Option<NodeId>,
}

struct LabelScope<'f> {
    /// In declaration order; a function has few labels: a list, not a map.
    labels: Vec<(std::rc::Rc<str>, Label)>,
    blocks: Vec<BlockInfo>,
    errors: Vec<RawError>,
    at: &'f dyn Fn(u32) -> String,
}

/// A goto whose label was not yet seen.
#[derive(Clone)]
struct Goto {
    id: NodeId,
    label: Ident,
}

fn find_label<'l>(
    labels: &'l mut [(std::rc::Rc<str>, Label)],
    name: &str,
) -> Option<&'l mut Label> {
    labels
        .iter_mut()
        .find(|(n, _)| **n == *name)
        .map(|(_, l)| l)
}

fn goto_ids(gotos: &[Goto]) -> Vec<NodeId> {
    let mut v = Vec::with_capacity(gotos.len());
    for g in gotos {
        v.push(g.id);
    }
    v
}

fn kind_of(s: &Stmt) -> Kind {
    match s.kind {
        StmtKind::For { .. } | StmtKind::Range { .. } => Kind::For,
        StmtKind::Switch { .. } => Kind::Switch,
        StmtKind::TypeSwitch { .. } => Kind::TypeSwitch,
        StmtKind::Select { .. } => Kind::Select,
        _ => Kind::Other,
    }
}

impl LabelScope<'_> {
    /// The innermost enclosing labeled statement with this label: `Some(Ok(kind))`,
    /// `Some(Err(()))` if the label exists but does not enclose, `None` if undefined.
    fn enclosing_target(&mut self, b: usize, name: &str) -> Option<Result<Kind, ()>> {
        let l = find_label(&mut self.labels, name)?;
        l.used = true;
        let (stmt, kind) = (l.stmt, l.kind);
        let mut cur = Some(b);
        while let Some(i) = cur {
            let blk = self.blocks.get(i)?;
            if blk.lstmt == Some(stmt) {
                return Some(Ok(kind));
            }
            cur = blk.parent;
        }
        Some(Err(()))
    }

    /// Whether a goto in block `b` can target the label (declared in b or outside).
    fn goto_target(&mut self, b: usize, name: &str) -> bool {
        let Some(l) = find_label(&mut self.labels, name) else {
            return false;
        };
        l.used = true;
        let target = l.block;
        let mut cur = Some(b);
        while let Some(i) = cur {
            if i == target {
                return true;
            }
            cur = self.blocks.get(i).and_then(|blk| blk.parent);
        }
        false
    }

    fn block_branches(
        &mut self,
        parent: Option<usize>,
        ctxt: Targets,
        lstmt: Option<NodeId>,
        start: u32,
        body: &[Stmt],
    ) -> Vec<Goto> {
        let b = self.blocks.len();
        self.blocks.push(BlockInfo {
            parent,
            start,
            lstmt,
        });
        let mut var_decl: Option<(u32, String)> = None;
        let mut fwd: Vec<Goto> = Vec::new();
        let mut bad: Vec<NodeId> = Vec::new();

        // A fallthrough counts as last statement even if empty statements follow.
        let n = body
            .iter()
            .rposition(|s| !matches!(s.kind, StmtKind::Empty))
            .map_or(0, |i| i + 1);
        let list = &body[..n];
        for (index, stmt) in list.iter().enumerate() {
            let mut stmt = stmt;
            let mut lstmt: Option<NodeId> = None;
            // unwrap labeled statements, declaring their labels
            while let StmtKind::Labeled {
                label, stmt: inner, ..
            } = &stmt.kind
            {
                if !label.is_blank() {
                    let name = label.name.clone();
                    if let Some(pos) = find_label(&mut self.labels, &name).map(|alt| alt.pos) {
                        self.errors.push((
                            label.span.lo,
                            format!("label {} already defined at {}", name, (self.at)(pos)),
                        ));
                    } else {
                        self.labels.push((
                            name.clone(),
                            Label {
                                block: b,
                                stmt: stmt.id,
                                kind: kind_of(inner),
                                pos: label.span.lo,
                                used: false,
                            },
                        ));
                    }
                    // resolve matching forward gotos
                    let mut keep = Vec::new();
                    for g in fwd.drain(..) {
                        if g.label.name == name {
                            if let Some(l) = find_label(&mut self.labels, &name) {
                                l.used = true;
                            }
                            if let Some((vpos, vname)) = &var_decl {
                                if bad.contains(&g.id) {
                                    self.errors.push((
                                        g.label.span.lo,
                                        format!(
                                            "goto {} jumps over declaration of {} at {}",
                                            name,
                                            vname,
                                            (self.at)(*vpos)
                                        ),
                                    ));
                                }
                            }
                        } else {
                            keep.push(g);
                        }
                    }
                    fwd = keep;
                    lstmt = Some(stmt.id);
                }
                stmt = inner;
            }
            let inner_block = |ls: &mut Self, ctxt: Targets, start: u32, body: &[Stmt]| {
                ls.block_branches(Some(b), ctxt, lstmt, start, body)
            };
            let nested = Targets {
                case_index: None,
                ..ctxt
            };
            match &stmt.kind {
                StmtKind::Decl(Decl::Var(g)) => {
                    if let Some(v) = g.specs.first() {
                        if let Some(n) = v.names.first() {
                            var_decl = Some((v.span.lo, n.name.to_string()));
                            bad = goto_ids(&fwd);
                        }
                    }
                }
                StmtKind::Assign {
                    lhs,
                    op: AssignOp::Define,
                    op_pos,
                    ..
                } => {
                    let names = super::printer::list_string(lhs);
                    var_decl = Some((*op_pos, names));
                    bad = goto_ids(&fwd);
                }
                StmtKind::Branch { kind, label: None } => {
                    let pos = stmt.span.lo;
                    match kind {
                        BranchKind::Break => {
                            if ctxt.breaks.is_none() {
                                self.errors.push((
                                    pos,
                                    "break is not in a loop, switch, or select".to_string(),
                                ));
                            }
                        }
                        BranchKind::Continue => {
                            if !ctxt.continues {
                                self.errors
                                    .push((pos, "continue is not in a loop".to_string()));
                            }
                        }
                        BranchKind::Fallthrough => {
                            let mut msg = Some("fallthrough statement out of place");
                            match ctxt.breaks {
                                Some(Kind::TypeSwitch) => {
                                    msg = Some("cannot fallthrough in type switch")
                                }
                                Some(Kind::Switch) => match ctxt.case_index {
                                    Some(i) if index + 1 == list.len() => {
                                        msg = if i + 1 == ctxt.switch_clauses {
                                            Some("cannot fallthrough final case in switch")
                                        } else {
                                            None // fallthrough ok
                                        };
                                    }
                                    _ => {}
                                },
                                _ => {}
                            }
                            if let Some(msg) = msg {
                                self.errors.push((pos, msg.to_string()));
                            }
                        }
                        BranchKind::Goto => {}
                    }
                }
                StmtKind::Branch {
                    kind,
                    label: Some(label),
                } => {
                    let name = &label.name;
                    let pos = label.span.lo;
                    match kind {
                        BranchKind::Break => match self.enclosing_target(b, name) {
                            Some(Ok(
                                Kind::For | Kind::Switch | Kind::TypeSwitch | Kind::Select,
                            )) => {}
                            Some(_) => self
                                .errors
                                .push((pos, format!("invalid break label {}", name))),
                            None => self
                                .errors
                                .push((pos, format!("break label not defined: {}", name))),
                        },
                        BranchKind::Continue => match self.enclosing_target(b, name) {
                            Some(Ok(Kind::For)) => {}
                            Some(_) => self
                                .errors
                                .push((pos, format!("invalid continue label {}", name))),
                            None => self
                                .errors
                                .push((pos, format!("continue label not defined: {}", name))),
                        },
                        BranchKind::Goto => {
                            if !self.goto_target(b, name) {
                                fwd.push(Goto {
                                    id: stmt.id,
                                    label: label.clone(),
                                });
                            }
                        }
                        BranchKind::Fallthrough => {}
                    }
                }
                StmtKind::Block(blk) => {
                    let r = inner_block(self, nested, blk.lbrace, &blk.stmts);
                    fwd.extend(r);
                }
                StmtKind::If { then, els, .. } => {
                    let r = inner_block(self, nested, then.lbrace, &then.stmts);
                    fwd.extend(r);
                    if let Some(e) = els {
                        let r = inner_block(self, nested, e.span.lo, std::slice::from_ref(e));
                        fwd.extend(r);
                    }
                }
                StmtKind::For { body, .. } | StmtKind::Range { body, .. } => {
                    let t = Targets {
                        breaks: Some(Kind::For),
                        switch_clauses: 0,
                        continues: true,
                        case_index: None,
                    };
                    let r = inner_block(self, t, body.lbrace, &body.stmts);
                    fwd.extend(r);
                }
                StmtKind::Switch { clauses, .. } | StmtKind::TypeSwitch { clauses, .. } => {
                    let mut t = Targets {
                        breaks: Some(kind_of(stmt)),
                        switch_clauses: clauses.len(),
                        continues: ctxt.continues,
                        case_index: None,
                    };
                    for (i, cc) in clauses.iter().enumerate() {
                        t.case_index = Some(i);
                        let r = inner_block(self, t, cc.pos, &cc.body);
                        fwd.extend(r);
                    }
                }
                StmtKind::Select { clauses, .. } => {
                    let t = Targets {
                        breaks: Some(Kind::Select),
                        switch_clauses: 0,
                        continues: ctxt.continues,
                        case_index: None,
                    };
                    for cc in clauses {
                        let r = inner_block(self, t, cc.pos, &cc.body);
                        fwd.extend(r);
                    }
                }
                _ => {}
            }
        }
        fwd
    }
}
