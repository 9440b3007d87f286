// The meeting console: marks who is here without reloading (the forms still work without this file), and keeps
// quorum, attendance, vote counts, the current item and help requests live over the meeting hub.
(() => {
  "use strict";
  const root = document.getElementById("console");
  if (!root) return;
  const meetingId = Number(root.dataset.meetingId);
  const $ = (id) => document.getElementById(id);

  function showQuorum(quorum) {
    $("console-quorum-headline").textContent = quorum.headline;
    $("console-quorum-text").textContent = quorum.explanation;
    $("console-quorum").classList.toggle("app-quorum--not-met", !quorum.isMet);
  }

  function showAttendance(news) {
    const row = $(`person-${news.personId}`);
    if (row) {
      row.dataset.state = news.state;
      const tag = $(`person-${news.personId}-state`);
      tag.textContent = news.stateText;
      tag.className = `govuk-tag app-console-state app-console-state--${news.state.toLowerCase()}`;
      const leave = row.querySelector(".app-console-leave");
      if (leave) leave.hidden = !(news.state === "InRoom" || news.state === "Online");
    }
    $("console-roster").textContent = news.roster;
    $("console-roster").classList.toggle("app-console__everyone", news.everyoneExpectedIsHere);
  }

  function showHelp(list) {
    const token = document.querySelector("input[name=__RequestVerificationToken]")?.value ?? "";
    $("console-help").replaceChildren(...list.map((help) => {
      const item = document.createElement("li");
      item.className = "app-console-help__row";
      const text = document.createElement("span");
      text.className = "govuk-body";
      const who = document.createElement("strong");
      who.textContent = help.personName;
      text.append(who, ` asked for help at ${help.askedAt}`);
      const form = document.createElement("form");
      form.method = "post";
      form.action = "?handler=Helped";
      form.innerHTML = '<input type="hidden" name="personId"><input type="hidden" name="__RequestVerificationToken">'
        + '<button type="submit" class="govuk-button govuk-button--secondary">Dealt with<span class="govuk-visually-hidden"></span></button>';
      form.elements.personId.value = String(help.personId);
      form.elements.__RequestVerificationToken.value = token;
      form.querySelector(".govuk-visually-hidden").textContent = `: ${help.personName}`;
      item.append(text, form);
      return item;
    }));
    $("console-help-none").hidden = list.length > 0;
  }

  // Marking: a fetch that answers with the person's new state and the quorum; the row changes in place.
  for (const form of root.querySelectorAll("form[data-console-mark]")) {
    form.addEventListener("submit", async (event) => {
      event.preventDefault();
      const button = event.submitter;
      const body = new FormData(form, button);
      button.disabled = true;
      try {
        const response = await fetch(button.formAction || form.action, { method: "POST", body, headers: { Accept: "application/json" } });
        const answer = await response.json();
        if (!response.ok) { $("console-roster").textContent = answer.problem ?? "That did not work. Reload the page and try again."; return; }
        showAttendance(answer.news);
        showQuorum(answer.quorum);
      } catch {
        $("console-roster").textContent = "That did not save. Check the connection, then try again.";
      } finally {
        button.disabled = false;
      }
    });
  }

  if (!window.signalR) return;
  const connection = new signalR.HubConnectionBuilder().withUrl("/hubs/meeting").withAutomaticReconnect().build();
  connection.on("QuorumChanged", showQuorum);
  connection.on("AttendanceChanged", showAttendance);
  connection.on("HelpListChanged", showHelp);
  connection.on("CurrentItemChanged", (now) => { $("console-now").textContent = now.text; });
  const mostVoted = new Map();
  connection.on("VoteProgress", (progress) => {
    // With several app servers each sends the count it read; an older one can arrive after a newer one. The count of
    // people who have voted only grows while a vote is open, so a smaller one is old news (ADR-016).
    if (progress.voted < (mostVoted.get(progress.pollId) ?? 0)) return;
    mostVoted.set(progress.pollId, progress.voted);
    const shown = $(`poll-${progress.pollId}-progress`);
    if (shown) shown.textContent = `${progress.voted} of ${progress.eligible} have voted`;
  });
  // A vote opened or closed from the co-chairs' page: the console reloads to show its buttons as they are now.
  connection.on("PollOpened", (poll) => { if ($(`poll-${poll.pollId}`)?.dataset.state !== "Open") location.reload(); });
  connection.on("PollClosed", (result) => { if ($(`poll-${result.pollId}`)?.dataset.state === "Open") location.reload(); });
  for (const name of ["BallotRecorded", "HelpRequested", "VoteWaitingForYou", "VoteForRepAnswered", "VoteOpened", "VoteClosed"]) connection.on(name, () => {});

  async function join() {
    const sync = await connection.invoke("JoinMeeting", meetingId);
    if (sync.quorum) showQuorum(sync.quorum);
    if (sync.progress) {
      const shown = $(`poll-${sync.progress.pollId}-progress`);
      if (shown) shown.textContent = `${sync.progress.voted} of ${sync.progress.eligible} have voted`;
    }
    const watched = await connection.invoke("WatchConsole", meetingId);
    showHelp(watched.help);
    $("console-connection").textContent = "Live: this page updates by itself.";
  }
  connection.onreconnecting(() => { $("console-connection").textContent = "The connection was lost. Trying again…"; });
  connection.onreconnected(() => join());
  connection.start().then(join).catch(() => { $("console-connection").textContent = "Not connected. Reload the page to see changes."; });
})();
