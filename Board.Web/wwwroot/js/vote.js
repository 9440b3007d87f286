// The voting screen. A ballot is shown as counted only when the server says it is committed. A ballot sent
// around a dropped connection keeps its key and is sent again after reconnecting: the server counts it once.
(() => {
  "use strict";
  const root = document.getElementById("vote");
  if (!root || !window.signalR) return;
  const meetingId = Number(root.dataset.meetingId);
  const readAloudFirst = root.dataset.readAloud === "true";
  const $ = (id) => document.getElementById(id);
  const panels = ["waiting", "question", "confirm", "rep-check", "sent"];

  let poll = null;          // the open question
  let chosen = null;        // the option picked, before it is sent
  let pending = null;       // a ballot sent but not yet answered: { pollId, optionId, key, voter }
  let voter = null;         // null: myself; otherwise the Rep a supporter votes for
  let canVoteMyself = false;
  let sentForRep = null;    // the Rep whose yes the ballot I sent is waiting for
  let waiting = null;       // a vote my supporter sent for me, waiting for my yes or no: { pollId, token, option, message }

  const connection = new signalR.HubConnectionBuilder()
    .withUrl("/hubs/meeting")
    .withAutomaticReconnect([0, 1000, 2000, 5000, 10000, 10000, 30000])
    .build();

  // panel null: none of them (after a vote closes, the result stands alone).
  function show(panel, focus) {
    for (const name of panels) $(name).hidden = name !== panel;
    if (focus) { const target = $(focus); target?.focus(); }
  }

  function say(text) {
    if (!("speechSynthesis" in window)) return;
    window.speechSynthesis.cancel();
    const words = new SpeechSynthesisUtterance(text);
    words.lang = "en-GB";
    words.rate = 0.9;
    window.speechSynthesis.speak(words);
  }

  // A fresh key per ballot. randomUUID needs a secure context; getRandomValues works everywhere.
  function newKey() {
    if (crypto.randomUUID) return crypto.randomUUID();
    return Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, "0")).join("");
  }

  // While the connection is lost nothing can be sent, so the screen offers no buttons (see [data-connection] in the styles).
  function setConnection(text) {
    $("connection").textContent = text;
    root.dataset.connection = text === "Connected." ? "ok" : text.startsWith("Sending") ? "sending" : "lost";
  }

  function clearProblem() { $("problem").hidden = true; }

  function showProblem(text) {
    $("problem-text").textContent = text;
    $("problem").hidden = false;
    $("problem").focus();
  }

  function optionLabel(optionId) {
    return poll?.options.find((o) => o.id === optionId)?.label ?? "";
  }

  // The answers' symbols drawn as SVG, so they show on every device (an emoji or dingbat needs the device's fonts).
  const drawn = {
    For: "M4 12.5l5 5L20 6.5",
    Against: "M5.5 5.5l13 13M18.5 5.5l-13 13",
    Abstain: "M12 4a8 8 0 1 0 0.01 0",
  };

  function symbolFor(option) {
    const path = drawn[option.meaning];
    if (!path) {
      const text = document.createElement("span");
      text.className = "app-vote-option__symbol";
      text.setAttribute("aria-hidden", "true");
      text.textContent = option.symbol;
      return text;
    }
    const ns = "http://www.w3.org/2000/svg";
    const svg = document.createElementNS(ns, "svg");
    svg.setAttribute("class", "app-vote-option__icon");
    svg.setAttribute("viewBox", "0 0 24 24");
    svg.setAttribute("aria-hidden", "true");
    svg.setAttribute("focusable", "false");
    const line = document.createElementNS(ns, "path");
    line.setAttribute("d", path);
    line.setAttribute("fill", "none");
    line.setAttribute("stroke", "currentColor");
    line.setAttribute("stroke-width", "3.5");
    line.setAttribute("stroke-linecap", "round");
    line.setAttribute("stroke-linejoin", "round");
    svg.append(line);
    return svg;
  }

  function renderQuestion() {
    $("question-text").textContent = poll.question;
    $("question-picture").src = poll.pictureUrl;
    $("question-picture").alt = poll.pictureLabel;
    $("question-secret").hidden = !poll.secret;
    $("abstain-help").hidden = !poll.options.some((o) => o.meaning === "Abstain");
    const options = $("options");
    options.replaceChildren();
    for (const option of poll.options) {
      const button = document.createElement("button");
      button.type = "button";
      button.className = `govuk-button app-vote-option app-vote-option--${option.meaning.toLowerCase()}`;
      button.dataset.optionId = option.id;
      const symbol = symbolFor(option);
      const word = document.createElement("span");
      word.textContent = option.label;
      button.append(symbol, word);
      button.addEventListener("click", () => choose(option.id));
      options.append(button);
    }
  }

  // A line above the answers, such as "Nothing was counted. You can vote yourself." (empty: hidden).
  function notice(text) {
    $("question-notice").textContent = text ?? "";
    $("question-notice").hidden = !text;
  }

  // I declared an interest in this item and said I will not vote on it: the question shows, the answers do not.
  function showNoVote(message) {
    if (voter !== null) return; // voting for a Rep: my own declaration does not stop that
    notice(message);
    $("options").hidden = true;
    $("abstain-help").hidden = true;
    $("question-notice").focus();
    if (readAloudFirst) say(message);
  }

  function openQuestion(newPoll, focus) {
    poll = newPoll;
    chosen = null;
    waiting = null;
    sentForRep = null;
    notice(null);
    $("options").hidden = false;
    $("result").hidden = true;
    renderQuestion();
    show("question", focus ? "question-text" : null);
    if (readAloudFirst) say(poll.question);
  }

  function choose(optionId) {
    chosen = optionId;
    clearProblem();
    const label = optionLabel(optionId).toUpperCase();
    $("confirm-text").textContent = !voter ? `You chose ${label}. Send my vote?`
      : inPerson() ? `You chose ${label} for ${voterName()}, as they told you in person. Send the vote?`
      : `You chose ${label} for ${voterName()}. Send the vote?`;
    show("confirm", "confirm-text");
    if (readAloudFirst) say($("confirm-text").textContent);
  }

  function inPerson() { return voter !== null && $("in-person").checked; }

  // The Rep's own device: their supporter sent this answer for them; it counts only if they say yes.
  function showRepCheck(view) {
    waiting = view;
    notice(null);
    clearProblem();
    $("rep-check-text").textContent = view.message;
    const choice = $("rep-check-choice");
    const word = document.createElement("span");
    word.textContent = view.option.label;
    choice.replaceChildren(symbolFor(view.option), word);
    $("rep-check-by").textContent = `Sent by ${view.supporterName}.`;
    show("rep-check", "rep-check-text");
    if (readAloudFirst) say(`${view.message} Yes, or no.`);
  }

  async function answer(yes) {
    const asked = waiting;
    if (!asked) return;
    $("rep-yes").disabled = $("rep-no").disabled = true;
    let ack;
    try {
      ack = await connection.invoke("AnswerVoteForMe", meetingId, asked.pollId, asked.token, yes);
    } catch {
      $("rep-yes").disabled = $("rep-no").disabled = false;
      showProblem("We could not send your answer. Please try again.");
      return;
    }
    $("rep-yes").disabled = $("rep-no").disabled = false;
    waiting = null;
    if (ack.committed) { showCounted(ack.message, ack.optionId); return; }
    show("question", "question-text");
    notice(ack.message);
    if (readAloudFirst) say(ack.message);
  }

  // The supporter's device: the ballot is with the Rep, and nothing counts until they say yes.
  function showWaitingForRep(message) {
    sentForRep = voter;
    $("sent-text").textContent = message;
    $("sent-choice").textContent = "";
    $("change").hidden = true;
    show("sent", "sent-text");
  }

  function voterName() {
    const select = $("voter");
    return select.options[select.selectedIndex]?.text ?? "";
  }

  function showCounted(message, optionId) {
    $("sent-text").textContent = message;
    $("sent-choice").textContent = optionId && !poll?.secret ? `Your choice: ${optionLabel(optionId)}.` : "";
    $("change").hidden = !poll || poll.secret;
    show("sent", "sent-text");
    if (readAloudFirst) say(message);
  }

  async function send(ballot) {
    pending = ballot;
    $("send").disabled = true; // one ballot at a time: a second tap would make a second ballot
    setConnection("Sending your vote…");
    let ack;
    try {
      ack = ballot.inPerson
        ? await connection.invoke("CastToldInPerson", meetingId, ballot.pollId, ballot.optionId, ballot.key, ballot.voter)
        : await connection.invoke("CastBallot", meetingId, ballot.pollId, ballot.optionId, ballot.key, ballot.voter);
    } catch {
      if (connection.state === signalR.HubConnectionState.Connected) {
        // Still connected, so the server refused to take it: say so, and let the member try again.
        pending = null;
        $("send").disabled = false;
        setConnection("Connected.");
        show("question");
        showProblem("Your vote could not be sent. Please try again.");
      } else {
        // The connection dropped before the answer came. The ballot is kept, and sent again with the same key
        // when the connection is back: the server counts it once, or says it was already counted.
        setConnection("The connection was lost. We will check your vote when it is back.");
      }
      return;
    }
    pending = null;
    $("send").disabled = false;
    setConnection("Connected.");
    if (!poll || ballot.pollId !== poll.pollId) {
      // The answer is about an earlier question (it closed while we were reconnecting).
      $("help-status").textContent = `Your vote on the last question: ${ack.message}`;
      return;
    }
    if (ack.committed) showCounted(ack.message, ack.optionId);
    else if (ack.waiting) showWaitingForRep(ack.message);
    else { show("question"); showProblem(ack.message); }
  }

  function applySync(sync) {
    canVoteMyself = sync.canVote;
    $("waiting-text").textContent = sync.canVote || sync.canVoteFor.length > 0
      ? "The question will show here when voting starts."
      : sync.voteMessage;
    fillVoters(sync);
    if (sync.lastResult && !sync.openPoll) showResult(sync.lastResult, false);
    if (sync.openPoll) {
      const samePoll = poll && poll.pollId === sync.openPoll.pollId;
      poll = sync.openPoll;
      if (!samePoll) openQuestion(sync.openPoll, false);
      if (sync.hasVoted && !voter) showCounted("Your vote is counted.", sync.myOptionId);
      else if (!samePoll) show("question");
      if (sync.noVoteReason && !sync.hasVoted) showNoVote(sync.noVoteReason);
      if (sync.waitingForYou && !voter && !sync.hasVoted) showRepCheck(sync.waitingForYou);
      else if (waiting && !voter) {
        // It was waiting for my answer, and the server no longer has it (it restarted, or the vote was sent again).
        waiting = null;
        show("question");
        notice("The vote your supporter sent is not waiting any more. Nothing was counted. You can vote yourself.");
      }
      const rep = voter !== null ? sync.canVoteFor.find((r) => r.personId === voter) : null;
      if (rep && sentForRep === voter && !rep.waiting && !rep.hasVoted) {
        // The ballot I sent is no longer with the Rep (the server restarted): nothing counted, so it must be sent again.
        sentForRep = null;
        show("question");
        notice(`Your vote for ${rep.name} is not waiting any more. Nothing was counted. Send it again if ${rep.name} asks.`);
      }
    } else {
      poll = null;
      show(sync.lastResult ? null : "waiting");
    }
    if (sync.progress) showProgress(sync.progress);
  }

  function fillVoters(sync) {
    const select = $("voter");
    if (sync.canVoteFor.length === 0) { $("for-whom").hidden = true; return; }
    const current = select.value;
    select.replaceChildren();
    if (sync.canVote) select.append(new Option("Myself", ""));
    for (const rep of sync.canVoteFor) select.append(new Option(rep.name, String(rep.personId)));
    select.value = [...select.options].some((o) => o.value === current) ? current : select.options[0]?.value ?? "";
    voter = select.value ? Number(select.value) : null;
    $("in-person-group").hidden = voter === null;
    $("for-whom").hidden = false;
  }

  const mostVoted = new Map();
  function showProgress(progress) {
    if (!poll || progress.pollId !== poll.pollId) return;
    // With several app servers each sends the count it read; an older one can arrive after a newer one. The count of
    // people who have voted only grows while a vote is open, so a smaller one is old news (ADR-016).
    if (progress.voted < (mostVoted.get(progress.pollId) ?? 0)) return;
    mostVoted.set(progress.pollId, progress.voted);
    $("progress").textContent = `${progress.voted} of ${progress.eligible} members have voted.`;
  }

  function showResult(result, focus) {
    $("result-headline").textContent = result.headline;
    $("result-question").textContent = result.question;
    $("result-explanation").textContent = result.explanation;
    const list = $("result-counts");
    list.replaceChildren();
    for (const count of result.counts) {
      const item = document.createElement("li");
      item.className = `app-result__count app-vote-option--${count.meaning.toLowerCase()}`;
      item.textContent = `${count.symbol} ${count.label}: ${count.votes}`;
      list.append(item);
    }
    $("result").hidden = false;
    if (focus) $("result-headline").focus();
    if (readAloudFirst && focus) say(`${result.headline}. ${result.explanation}`);
  }

  // Quorum in plain words, live: whether the meeting can make decisions now (QuorumChanged).
  function showQuorum(quorum) {
    if (!quorum) return;
    $("vote-quorum").textContent = quorum.headline;
    $("vote-quorum").hidden = false;
  }

  async function join() {
    const sync = await connection.invoke("JoinMeeting", meetingId);
    applySync(sync);
    showQuorum(sync.quorum);
    setConnection("Connected.");
    if (pending) await send(pending);
  }

  connection.on("PollOpened", (opened) => { clearProblem(); $("progress").textContent = ""; $("help").hidden = false; openQuestion(opened, true); });
  connection.on("NoVoteHere", (notice) => { if (poll && notice.pollId === poll.pollId) showNoVote(notice.message); });
  connection.on("VoteProgress", showProgress);
  connection.on("QuorumChanged", showQuorum);
  connection.on("CurrentItemChanged", () => {});
  connection.on("PollClosed", (result) => {
    poll = null;
    pending = null;
    waiting = null;
    show(null);
    $("help").hidden = false;
    $("progress").textContent = "";
    showResult(result, true);
  });
  connection.on("VoteWaitingForYou", (view) => { if (poll && view.pollId === poll.pollId && !voter) showRepCheck(view); });
  connection.on("VoteForRepAnswered", (answered) => {
    if (sentForRep === answered.repId) sentForRep = null;
    if (!poll || answered.pollId !== poll.pollId || voter !== answered.repId) return;
    if (answered.counted) { showCounted(answered.message, null); return; }
    show("question", "question-text");
    notice(answered.message);
  });
  connection.on("BallotRecorded", (notice) => { if (poll && notice.pollId === poll.pollId && !voter) showCounted(notice.message, null); });
  // One alert per person, however many times they press: a repeat replaces their alert instead of adding one.
  connection.on("HelpRequested", (notice) => {
    const alerts = $("help-alerts");
    let note = [...alerts.children].find((child) => child.dataset.person === notice.personName);
    if (!note) {
      note = document.createElement("p");
      note.className = "govuk-body-l app-help-alert";
      note.dataset.person = notice.personName;
      alerts.append(note);
    }
    note.textContent = notice.message;
  });

  connection.onreconnecting(() => setConnection("The connection was lost. Trying again…"));
  connection.onreconnected(() => join().catch(() => setConnection("We could not reconnect. Please reload the page.")));
  connection.onclose(() => setConnection("The connection has stopped. Please reload the page."));

  $("send").addEventListener("click", () => {
    if (!poll || chosen === null) return;
    send({ pollId: poll.pollId, optionId: chosen, key: newKey(), voter, inPerson: inPerson() });
  });
  $("back").addEventListener("click", () => { chosen = null; show("question", "question-text"); });
  $("change").addEventListener("click", () => show("question", "question-text"));
  $("read-aloud").addEventListener("click", () => poll && say(`${poll.question}. The answers are: ${poll.options.map((o) => o.label).join(", ")}.`));
  $("rep-yes").prepend(symbolFor({ meaning: "For" }));
  $("rep-no").prepend(symbolFor({ meaning: "Against" }));
  $("rep-yes").addEventListener("click", () => answer(true));
  $("rep-no").addEventListener("click", () => answer(false));
  $("voter").addEventListener("change", (event) => {
    voter = event.target.value ? Number(event.target.value) : null;
    $("in-person").checked = false;
    $("in-person-group").hidden = voter === null;
    notice(null);
    if (poll) show("question", "question-text");
  });
  $("help").addEventListener("click", async () => {
    try { $("help-status").textContent = await connection.invoke("AskForHelp", meetingId); $("help").hidden = true; }
    catch { $("help-status").textContent = "We could not send that. Please wave or call out for help."; }
  });

  connection.start().then(join).catch(() => setConnection("We could not connect. Please reload the page."));
})();
