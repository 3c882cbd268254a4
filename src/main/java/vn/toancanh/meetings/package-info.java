/**
 * Paperless sessions: council sessions, leaders' meetings and briefings with their attendees and attendance, agenda,
 * documents (PDF, every version kept, watermarked for each reader), resolutions, minutes, personal notes, votes and a
 * search over the text of every document a user may see. Only invitees and organisers see a session.
 */
@NullMarked
package vn.toancanh.meetings;

import org.jspecify.annotations.NullMarked;
