# Thunderbird for Android's QR code, the Apple profile's display texts and the pages served to a phone.
