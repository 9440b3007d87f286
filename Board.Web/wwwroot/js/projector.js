// The room's screen: shows the open question, how many have voted (never how), and the result when it closes.
(() => {
  "use strict";
  const root = document.getElementById("projector");
  if (!root || !window.signalR) return;
  const meetingId = Number(root.dataset.meetingId);
  const $ = (id) => document.getElementById(id);
  let pollId = null;

  // Full screen, where the browser allows it (the room's screen has no site menu to hide).
  const full = $("projector-full-screen");
  if (document.fullscreenEnabled) {
    full.hidden = false;
    full.addEventListener("click", () => document.documentElement.requestFullscreen().catch(() => {}));
    document.addEventListener("fullscreenchange", () => { full.hidden = Boolean(document.fullscreenElement); });
  }

  // The check-in code changes every few minutes (ADR-012): fetch the new picture when it does. Only the coordinator's
  // screen has it; if the meeting has ended the picture fails to load and the block goes.
  const checkIn = $("projector-check-in");
  if (checkIn) {
    const picture = $("projector-check-in-code");
    const base = picture.src.split("&t=")[0];
    const refresh = () => { picture.src = `${base}&t=${Date.now()}`; };
    picture.addEventListener("error", () => { checkIn.hidden = true; });
    const every = Number(checkIn.dataset.window) * 1000;
    setTimeout(() => { refresh(); setInterval(refresh, every); }, Number(checkIn.dataset.nextCodeIn) * 1000 + 1000);
  }

  function only(section) {
    for (const name of ["projector-question", "projector-result", "projector-waiting"]) $(name).hidden = name !== section;
  }

  function showQuestion(poll) {
    pollId = poll.pollId;
    $("projector-question-text").textContent = poll.question;
    $("projector-picture").src = poll.pictureUrl;
    $("projector-picture").alt = poll.pictureLabel;
    $("projector-options").replaceChildren(...poll.options.map((o) => {
      const item = document.createElement("li");
      item.className = `app-result__count app-vote-option--${o.meaning.toLowerCase()}`;
      item.textContent = `${o.symbol} ${o.label}`;
      return item;
    }));
    $("projector-progress").textContent = "";
    $("projector-abstain").hidden = !poll.options.some((o) => o.meaning === "Abstain");
    only("projector-question");
  }

  const mostVoted = new Map();
  function showProgress(progress) {
    if (progress.pollId !== pollId) return;
    // With several app servers each sends the count it read; an older one can arrive after a newer one. The count of
    // people who have voted only grows while a vote is open, so a smaller one is old news (ADR-016).
    if (progress.voted < (mostVoted.get(progress.pollId) ?? 0)) return;
    mostVoted.set(progress.pollId, progress.voted);
    $("projector-progress").textContent = `${progress.voted} of ${progress.eligible} have voted`;
  }

  function showResult(result) {
    pollId = null;
    $("projector-headline").textContent = result.headline;
    $("projector-result-question").textContent = result.question;
    $("projector-explanation").textContent = result.explanation;
    $("projector-counts").replaceChildren(...result.counts.map((c) => {
      const item = document.createElement("li");
      item.className = `app-result__count app-vote-option--${c.meaning.toLowerCase()}`;
      item.textContent = `${c.symbol} ${c.label}: ${c.votes}`;
      return item;
    }));
    only("projector-result");
  }

  // Quorum and the current item, in plain words, for everyone in the room.
  function showQuorum(quorum) { if (quorum) $("projector-quorum").textContent = quorum.explanation; }
  function showNow(now) { if (now) $("projector-now").textContent = now.itemId ? now.text : ""; }

  const connection = new signalR.HubConnectionBuilder().withUrl("/hubs/meeting").withAutomaticReconnect().build();
  connection.on("PollOpened", showQuestion);
  connection.on("VoteProgress", showProgress);
  connection.on("PollClosed", showResult);
  connection.on("BallotRecorded", () => {});
  connection.on("HelpRequested", () => {});
  connection.on("QuorumChanged", showQuorum);
  connection.on("CurrentItemChanged", showNow);

  async function join() {
    const sync = await connection.invoke("JoinMeeting", meetingId);
    showQuorum(sync.quorum);
    showNow(sync.now);
    if (sync.openPoll) { showQuestion(sync.openPoll); if (sync.progress) showProgress(sync.progress); }
    else if (sync.lastResult) showResult(sync.lastResult);
    else only("projector-waiting");
    $("projector-connection").textContent = "Live";
  }
  connection.onreconnecting(() => { $("projector-connection").textContent = "Reconnecting…"; });
  connection.onreconnected(() => join());
  connection.start().then(join).catch(() => { $("projector-connection").textContent = "Not connected. Please reload the page."; });
})();
