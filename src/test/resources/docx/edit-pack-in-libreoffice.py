# Edits a review pack as a panel member would in LibreOffice Writer: one comment, one tracked change.
import sys, time, subprocess, uno
from com.sun.star.beans import PropertyValue

src, dst = sys.argv[1], sys.argv[2]
proc = subprocess.Popen(["soffice", "--headless", "--invisible", "--norestore",
                         "--accept=socket,host=localhost,port=2002;urp;"])
local = uno.getComponentContext()
resolver = local.ServiceManager.createInstanceWithContext("com.sun.star.bridge.UnoUrlResolver", local)
for _ in range(60):
    try:
        ctx = resolver.resolve("uno:socket,host=localhost,port=2002;urp;StarOffice.ComponentContext")
        break
    except Exception:
        time.sleep(0.5)
smgr = ctx.ServiceManager
desktop = smgr.createInstanceWithContext("com.sun.star.frame.Desktop", ctx)

def prop(n, v):
    p = PropertyValue(); p.Name = n; p.Value = v; return p

doc = desktop.loadComponentFromURL(uno.systemPathToFileUrl(src), "_blank", 0, (prop("Hidden", True),))
# the member's name as LibreOffice records it
smgr.createInstanceWithContext("com.sun.star.configuration.ConfigurationProvider", ctx)
text = doc.getText()

# a comment on the words 企業誠信 in article 5's second paragraph
search = doc.createSearchDescriptor()
search.SearchString = "企業誠信"
found = doc.findFirst(search)
note = doc.createInstance("com.sun.star.text.textfield.Annotation")
note.Author = "李淑芬"
note.Content = "請補充企業誠信面向之具體措施（LibreOffice）。"
found.getText().insertTextContent(found, note, True)

# a tracked change in article 8: 每季 → 每月
doc.RecordChanges = True
search.SearchString = "每季"
found = doc.findFirst(search)
found.setString("每月")
doc.RecordChanges = False

doc.storeToURL(uno.systemPathToFileUrl(dst), (prop("FilterName", "MS Word 2007 XML"),))
doc.close(True)
try:
    desktop.terminate()
except Exception:
    pass
proc.wait(timeout=30)
print("written", dst)
