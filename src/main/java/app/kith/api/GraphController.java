package app.kith.api;

import app.kith.insights.GraphService;
import app.kith.insights.NetworkGraph;
import app.kith.shared.AccountId;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/v1/graph[?to=ID]}: your ego network, the data the graph page draws. */
@RestController
@RequestMapping(Api.V1 + "/graph")
@Tag(name = "insights")
class GraphController {
    private final GraphService graphs;
    private final Clock clock;

    GraphController(GraphService graphs, Clock clock) {
        this.graphs = graphs;
        this.clock = clock;
    }

    @GetMapping
    @Operation(summary = "You and the people closest to you (at most 300 in all), with health, cadence status and"
            + " the ties between them; with to=ID, the warm paths to that person too (path)",
            description = "Closest: the inner circle first, then close, network, acquaintance and none, each most"
                    + " recently touched first. date (YYYY-MM-DD) defaults to today.")
    NetworkGraph graph(@AuthenticationPrincipal AccountId account, @RequestParam(required = false) String to,
                       @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date) {
        return graphs.graph(account, to, Api.dayOr(date, clock));
    }
}
