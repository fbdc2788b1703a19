package org.pupilsupport.core.cases;

import java.util.List;
import java.util.Map;

/**
 * What an officer's dashboard shows: their open cases, tasks overdue or due within the week, the borough's
 * open cases by area, and (for those who allocate) notifications awaiting allocation and the team's cases.
 */
public record OfficerDay(List<CaseSummary> myCases, List<TaskSummary> tasks, Map<ServiceArea, Long> activeByArea, long awaitingAllocationCount,
                         List<CaseSummary> awaitingAllocation, List<CaseSummary> teamCases) {

    public long overdueCount() {
        return tasks.stream().filter(TaskSummary::overdue).count();
    }
}
