import sys, re, html
# usage: mkfn.py in.txt out.html ; in.txt: first line <title>, then paragraphs separated by blank lines;
# lines starting with "#"=h1, "##"=h2; "{N}" = footnote anchor; a paragraph "FN N: text" defines note N.
src=open(sys.argv[1],encoding='utf-8').read()
blocks=[b.strip('\n') for b in src.split('\n\n') if b.strip()]
title=blocks[0]; blocks=blocks[1:]
notes={}; body=[]
for b in blocks:
    m=re.match(r'FN (\d+): (.*)',b,re.S)
    if m: notes[m.group(1)]=m.group(2); continue
    body.append(b)
def anc(m):
    n=m.group(1)
    return f'<a class="sdfootnoteanc" name="sdfootnote{n}anc" href="#sdfootnote{n}sym"><sup>{n}</sup></a>'
out=[f'<!DOCTYPE html>\n<html><head><meta charset="utf-8"><title>{html.escape(title)}</title>\n<style>body{{font-family:"DejaVu Serif";font-size:11pt}}</style></head><body>']
for b in body:
    if b.startswith('## '): out.append('<h2>'+html.escape(b[3:])+'</h2>'); continue
    if b.startswith('# '): out.append('<h1>'+html.escape(b[2:])+'</h1>'); continue
    if b.startswith('I: '): out.append('<p><i>'+re.sub(r'\{(\d+)\}',anc,html.escape(b[3:],quote=False))+'</i></p>'); continue
    lines=b.split('\n')
    t='<br>\n'.join(re.sub(r'\{(\d+)\}',anc,html.escape(l,quote=False)) for l in lines)
    out.append('<p>'+t+'</p>')
for n,t in notes.items():
    out.append(f'<div id="sdfootnote{n}"><p class="sdfootnote"><a class="sdfootnotesym" name="sdfootnote{n}sym" href="#sdfootnote{n}anc">{n}</a>{html.escape(t,quote=False)}</p></div>')
out.append('</body></html>')
open(sys.argv[2],'w',encoding='utf-8').write('\n'.join(out))
