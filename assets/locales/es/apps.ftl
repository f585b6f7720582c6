# Where will you read your mail? The mail app step, Thunderbird, saving files, and Done.
