package org.hyperedge.protocol.dial;

/**
 * The names both ends of a dial-in session use: the paths an agent behind NAT calls on the master's endpoint, and the
 * headers that carry, on each poll, the call the master makes of the agent and the agent's answer to the one before.
 * Written once here so that the agent ({@code DialOut}) and the master ({@code MasterEndpoint}) cannot drift apart.
 */
public final class DialHeaders {

    /** An agent presents a one-time token and its certificate, and learns the master's. */
    public static final String ENROL_PATH = "/v1/dial/enrol";
    /** An enrolled agent's long poll: its answer to the last call goes up, the next call comes down. */
    public static final String POLL_PATH = "/v1/dial/poll";
    /** A short request beside a waiting poll: the agent's journal has new reports. */
    public static final String NEWS_PATH = "/v1/dial/news";

    /** The agent's session: a newer session of the same node replaces an older one. */
    public static final String SESSION = "HyperEdge-Session";
    /** The call a poll's answer carries (master to agent), or the call a posted answer answers (agent to master). */
    public static final String CALL = "HyperEdge-Call";
    /** The HTTP status of the agent's answer to a call. */
    public static final String STATUS = "HyperEdge-Status";
    /** The method of the call the master makes of the agent. */
    public static final String METHOD = "HyperEdge-Method";
    /** The path of the call the master makes of the agent. */
    public static final String PATH = "HyperEdge-Path";
    /** Why the agent's last path to the master failed, for the master's Nodes view. */
    public static final String LAST_FAILURE = "HyperEdge-Last-Failure";
    /** How long the master lets a poll wait, so the agent finds a dead path soon after. */
    public static final String POLL_WAIT = "HyperEdge-Poll-Wait-Ms";
    /** Asked by the agent and confirmed by the master: stream the poll with a heartbeat this often. */
    public static final String HEARTBEAT = "HyperEdge-Heartbeat-Ms";
    /**
     * How long the heartbeat lasts, asked by the agent and confirmed by the master: past it the stream says
     * {@value #QUIET_LINE} once and stays silent until its frame (a call, or idle at the poll wait's end). An idle
     * session then costs the master nothing between polls; the agent asks for it while it expects a call (mid-sync).
     */
    public static final String HEARTBEAT_FOR = "HyperEdge-Heartbeat-For-Ms";
    /** The line a streamed poll sends when its heartbeat stops (see {@link #HEARTBEAT_FOR}). */
    public static final String QUIET_LINE = "QUIET";
    /** The agent's journal's last number, so an idle node is not asked for reports every period. */
    public static final String JOURNAL_HEAD = "HyperEdge-Journal-Head";
    /** The content type of a streamed poll: heartbeats, then the call in one frame. */
    public static final String STREAMED_POLL_TYPE = "application/x-hyperedge-poll";

    private DialHeaders() {
    }
}
