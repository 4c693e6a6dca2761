package org.chronicle.timeline.web;

import org.chronicle.timeline.api.ArticleView;
import org.chronicle.timeline.api.AuditReport;
import org.chronicle.timeline.api.EntityView;
import org.chronicle.timeline.api.ProcessorView;
import org.chronicle.timeline.api.ProjectionSummary;
import org.chronicle.timeline.api.RepairReport;
import org.chronicle.timeline.api.ReplayView;
import org.chronicle.timeline.query.ConsistencyAuditor;
import org.chronicle.timeline.query.ProjectionReplay;
import org.chronicle.timeline.query.ProjectionViews;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Operator endpoints; the gateway admits only admin keys under {@code /api/admin/}. */
@RestController
@RequestMapping("/api/admin")
public class AdminController {

    private final ProjectionReplay replay;
    private final ConsistencyAuditor auditor;
    private final ProjectionViews views;

    public AdminController(ProjectionReplay replay, ConsistencyAuditor auditor, ProjectionViews views) {
        this.replay = replay;
        this.auditor = auditor;
        this.views = views;
    }

    /**
     * Starts a rebuild and answers at once; progress is at {@code GET /api/admin/replay}. {@code segments} changes the
     * projection's segment count as part of it.
     */
    @PostMapping("/replay")
    public ResponseEntity<ReplayView> startReplay(@RequestParam(required = false) Integer segments) {
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(replay.start(segments));
    }

    @GetMapping("/replay")
    public ReplayView replay() {
        return replay.view();
    }

    @GetMapping("/audit")
    public AuditReport audit() {
        return auditor.audit();
    }

    @PostMapping("/audit/repair")
    public RepairReport repair() {
        return auditor.repair();
    }

    @GetMapping("/projection")
    public ProjectionSummary projection() {
        return views.summary();
    }

    @GetMapping("/projection/processor")
    public ProcessorView processor() {
        return views.processor();
    }

    @GetMapping("/projection/articles/{id}")
    public ArticleView article(@PathVariable String id) {
        return views.article(id).orElseThrow(() -> new NotFound("The projection holds no article " + id + "."));
    }

    @GetMapping("/projection/entities/{id}")
    public EntityView entity(@PathVariable String id) {
        return views.entity(id).orElseThrow(() -> new NotFound("The projection holds no entity " + id + "."));
    }
}
