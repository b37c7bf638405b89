provider "aws" {
  region     = "eu-west-1"
  access_key = "AKIAFEXQU7YL5WE56NDK"
  secret_key = "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"
}
