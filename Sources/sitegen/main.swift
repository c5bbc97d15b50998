import SitegenCLI

await SitegenMain.run()
