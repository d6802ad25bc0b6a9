package org.villagegov.council.election;

import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * The choices of one ballot, as a ballot box holds them: no household, no voter, no time. Its id
 * is derived from the participation with the election's secret key ({@link Election#paperId}),
 * so a retry after a crash finds the same id and cannot put a second paper in the box, while
 * nobody without the key can tell whose paper it is; the key is erased when the election closes.
 * Counting reads these papers.
 */
@Document("ballot_papers")
record BallotPaper(@Id String id, @Indexed String electionId, List<String> candidateIds,
                   Participation.Channel channel) {
}
