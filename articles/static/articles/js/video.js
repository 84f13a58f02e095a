/*
 * Videos that load only when the reader asks for them.
 *
 * Until then the page shows our own thumbnail and a plain link to the video on YouTube, so
 * nothing is requested from YouTube. Pressing the link swaps in YouTube's privacy-enhanced
 * player (youtube-nocookie.com) in its place. Without JavaScript the link simply opens the
 * video on YouTube.
 */
(function () {
  "use strict";

  var ALLOWED_EMBED = /^https:\/\/www\.youtube-nocookie\.com\/embed\/[A-Za-z0-9_-]{11}(\?|$)/;

  function play(link) {
    var embedUrl = link.getAttribute("data-video-embed");
    var frame = link.closest("[data-video-frame]");
    if (!frame || !ALLOWED_EMBED.test(embedUrl)) {
      return false;
    }
    var iframe = document.createElement("iframe");
    iframe.src = embedUrl;
    iframe.title = link.getAttribute("data-video-title") || "";
    iframe.allow = "autoplay; encrypted-media; picture-in-picture; fullscreen";
    iframe.allowFullscreen = true;
    // The site sends no referrer to other sites; YouTube's player refuses to play without
    // one, so this frame alone sends our address (not the page), once the reader chose to play.
    iframe.referrerPolicy = "strict-origin";
    frame.replaceChildren(iframe);
    iframe.focus();
    return true;
  }

  document.addEventListener("click", function (event) {
    if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey ||
        event.shiftKey || event.altKey) {
      return; // Let readers open the video in a new tab if they want to.
    }
    var link = event.target.closest && event.target.closest("a[data-video-embed]");
    if (link && play(link)) {
      event.preventDefault();
    }
  });
})();
