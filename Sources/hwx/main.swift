import HWXCommands

HWXMain.run()
