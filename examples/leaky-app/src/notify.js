const fetch = require('node-fetch');

const SLACK_WEBHOOK = 'https://hooks.slack.com/services/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';
const stripe = require('stripe')('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');

// Not a finding: AWS's documented example key.
const exampleKey = 'AKIAIOSFODNN7EXAMPLE';

module.exports = async function notify(text) {
  await fetch(SLACK_WEBHOOK, { method: 'POST', body: JSON.stringify({ text }) });
  return stripe.balance.retrieve();
};
