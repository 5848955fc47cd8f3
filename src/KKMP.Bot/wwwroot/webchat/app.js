// Starts Web Chat against this host's Direct Line endpoints. The token comes from the page's own
// endpoint (the server mints it and remembers this browser by a signed cookie); "?ws=0" selects polling.
(async function () {
  'use strict';
  const container = document.getElementById('webchat');
  const failure = document.getElementById('webchat-gagal');
  const webSocket = new URLSearchParams(window.location.search).get('ws') !== '0';

  const styleOptions = {
    accent: '#c8102e',
    primaryFont: '"Segoe UI", Roboto, "Noto Sans", Arial, sans-serif',
    bubbleBorderRadius: 12,
    bubbleBorderColor: '#ecd3d7',
    bubbleFromUserBackground: '#c8102e',
    bubbleFromUserTextColor: '#ffffff',
    bubbleFromUserBorderRadius: 12,
    bubbleFromUserBorderColor: '#c8102e',
    botAvatarInitials: 'KMP',
    botAvatarBackgroundColor: '#c8102e',
    suggestedActionLayout: 'flow',
    suggestedActionBorderColor: '#c8102e',
    suggestedActionTextColor: '#c8102e',
    suggestedActionBorderRadius: 16,
    sendBoxButtonColor: '#c8102e',
    hideUploadButton: true,
    bubbleImageHeight: 300, // a chart is 800 × 500: at the bubble's 480 px width that is 300 px high
    backgroundColor: '#ffffff'
  };

  try {
    const response = await fetch('/webchat/token', { method: 'POST', credentials: 'same-origin' });
    if (!response.ok) throw new Error('token ' + response.status);
    const { token, userId } = await response.json();
    const directLine = window.WebChat.createDirectLine({
      token,
      domain: window.location.origin + '/v3/directline',
      webSocket
    });
    window.WebChat.renderWebChat({ directLine, userID: userId, username: 'Anda', locale: 'id-ID', styleOptions }, container);
    container.dataset.mode = webSocket ? 'websocket' : 'polling';
  } catch (error) {
    console.error('Web chat failed to start', error);
    container.hidden = true;
    failure.hidden = false;
  }
})();
