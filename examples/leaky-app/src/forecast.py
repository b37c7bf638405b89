import os
from nixtla import NixtlaClient
from huggingface_hub import InferenceClient

# Not a finding: the key comes from the environment.
client = NixtlaClient(api_key=os.environ["NIXTLA_API_KEY"])

# A finding: a token pasted in "just for a quick test".
hf = InferenceClient(token="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")

GITHUB_TOKEN = "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"

def example():
    # Not findings: documentation placeholders.
    api_key = "sk-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"
    token = "<YOUR_HF_TOKEN>"
    return api_key, token
