// "My board": the vote open now appears (and goes) live over the meeting hub, with a sound and a buzz where the
// device allows and the person's profile says "Tell me when a vote opens"; the question is read out to people who
// asked for things read aloud.
(() => {
  "use strict";
  const section = document.getElementById("open-votes");
  if (!section || !window.signalR) return;
  const list = document.getElementById("open-votes-list");
  const template = document.getElementById("open-vote-template");
  const none = document.getElementById("no-open-vote");
  const sound = section.dataset.sound === "true";
  const readAloud = section.dataset.readAloud === "true";

  function render(votes) {
    for (const old of list.querySelectorAll(".app-open-vote")) old.remove();
    for (const vote of votes) {
      const card = template.content.firstElementChild.cloneNode(true);
      card.dataset.pollId = String(vote.pollId);
      card.querySelector(".js-question").textContent = vote.question;
      card.querySelector(".js-meeting").textContent = vote.meetingTitle;
      const picture = card.querySelector(".js-picture");
      if (vote.pictureUrl) { picture.src = vote.pictureUrl; picture.alt = vote.pictureLabel; }
      card.querySelector(".js-vote-link").href = vote.voteUrl;
      list.insertBefore(card, none);
    }
    none.hidden = votes.length > 0;
  }

  let votes = [];

  function chime() {
    try {
      const audio = new (window.AudioContext || window.webkitAudioContext)();
      for (const [start, pitch] of [[0, 660], [0.25, 880]]) {
        const tone = audio.createOscillator();
        const volume = audio.createGain();
        tone.frequency.value = pitch;
        volume.gain.setValueAtTime(0.2, audio.currentTime + start);
        volume.gain.exponentialRampToValueAtTime(0.001, audio.currentTime + start + 0.4);
        tone.connect(volume).connect(audio.destination);
        tone.start(audio.currentTime + start);
        tone.stop(audio.currentTime + start + 0.4);
      }
    } catch { /* no sound on this device */ }
  }

  function tell(vote) {
    if (sound) {
      if (navigator.vibrate) navigator.vibrate([200, 100, 200]);
      chime();
    }
    if (readAloud && "speechSynthesis" in window) {
      const words = new SpeechSynthesisUtterance(`Voting is open. ${vote.question}`);
      words.lang = "en-GB";
      window.speechSynthesis.speak(words);
    }
  }

  const connection = new signalR.HubConnectionBuilder()
    .withUrl("/hubs/meeting")
    .withAutomaticReconnect([0, 1000, 2000, 5000, 10000, 10000, 30000])
    .build();

  connection.on("VoteOpened", (vote) => {
    votes = votes.filter((v) => v.pollId !== vote.pollId).concat([vote]);
    render(votes);
    list.querySelector(`[data-poll-id="${vote.pollId}"] .js-vote-link`)?.focus();
    tell(vote);
  });
  connection.on("VoteClosed", (notice) => {
    votes = votes.filter((v) => v.pollId !== notice.pollId);
    render(votes);
  });

  async function watch() { votes = await connection.invoke("WatchBoard"); render(votes); section.dataset.live = "true"; }
  connection.onreconnected(() => watch().catch(() => {}));
  connection.start().then(watch).catch(() => {});
})();
